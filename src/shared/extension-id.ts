// The Chrome/Edge extension id, fixed by the public "key" in manifest.ts; enterprise policies are keyed by it.
export const CHROME_EXTENSION_ID = 'fbieohmliinmfkkehbblmpgpiojianhi';

/** The Firefox add-on id (browser_specific_settings.gecko.id); Firefox policies.json is keyed by it. */
export const FIREFOX_EXTENSION_ID = 'post-coach@example.org';
