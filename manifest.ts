// The extension's manifest, one definition for every browser: the content script's matches and the host permissions are
// the site registry's (src/sites/index.ts), the version is package.json's. vite.config.ts hands it to @crxjs/vite-plugin,
// which writes dist/<browser>/manifest.json.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { BUILT_IN_MATCHES } from './src/sites/index.js';
import { FIREFOX_EXTENSION_ID } from './src/shared/extension-id.js';

export type Target = 'chrome' | 'firefox';

/** The public key that fixes the Chrome/Edge extension id (src/shared/extension-id.ts): enterprise policies are keyed by it. */
export const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuFNP28tTTXzk4/mYwLT6WVKomqRcSWmxqyURWMOa+h9agVvH2Wp0+fo+Ys6UFNhGuOr95/QWQagNGvCfmlkNSKyHpF1aTaVX7pFfNrFCmR34NH8S/XZVimLxzHLIHdNe6/U+FflNyuFQ7rIw+9oP1vVm3ooJksuM4t8SwEl2y2ouXSjzGqngHSY0bvMyzU+Kz3DtUfHrQHizgfqDe/dy09dzGJr90On1Z8Yel9WhqsUZDX6hU/wnkHT1fT+IMRJmzJEJb9y/enZgY8qywpzw7UOEG4Yk2zAKtljrfUN6Eq9b16spJgJFWa43loBXmXdJQdANHvvaz/Gc7KXDG2pt3wIDAQAB';

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

/** Both dialects' fields; a new object per call, so one build's edits never reach another. */
function shared(matches: string[]) {
  return {
    manifest_version: 3,
    name: 'Post Coach',
    short_name: 'Post Coach',
    version: pkg.version,
    default_locale: 'en',
    description: "Checks your social media drafts against your organisation's code of conduct, on your computer, before you post.",
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: 'Post Coach',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    content_scripts: [
      {
        matches,
        js: ['src/content/index.ts'],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...matches],
    // Forums and Mastodon servers a ruleset lists are asked for at run time (src/background/forum-scripts.ts).
    optional_host_permissions: ['https://*/*'],
    content_security_policy: { extension_pages: CONTENT_SECURITY_POLICY },
  };
}

/** Chrome and Edge: a service worker, the fixed key, and the schema Chrome validates enterprise policy against (vite.config.ts ships it). */
export function chromeManifest(extraHosts: readonly string[] = []) {
  return {
    ...shared([...BUILT_IN_MATCHES, ...extraHosts]),
    key: PUBLIC_KEY,
    minimum_chrome_version: '110',
    background: { service_worker: 'src/background/index.ts', type: 'module' },
    storage: { managed_schema: 'rules/managed-schema.json' },
  };
}

/** Firefox: background scripts as an event page, not a service worker; no "key", and it reads policies.json, not managed_schema. */
export function firefoxManifest(extraHosts: readonly string[] = []) {
  return {
    ...shared([...BUILT_IN_MATCHES, ...extraHosts]),
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    // Firefox ESR 140 is what managed desktops run; data_collection_permissions (declaring that nothing is collected) needs 140, 142 on Android.
    browser_specific_settings: {
      gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } as { id: string; strict_min_version: string },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * The manifest in one browser's dialect. `extraHosts` (test builds only: POST_COACH_EXTRA_HOSTS) are fixture hosts that
 * get the content script statically, like the named sites.
 */
export function manifestFor(target: Target, extraHosts: readonly string[] = []) {
  return target === 'firefox' ? firefoxManifest(extraHosts) : chromeManifest(extraHosts);
}

/** POST_COACH_EXTRA_HOSTS="https://forum.example.org/*,https://mastodon.example/*" adds fixture hosts to a test build. */
export function extraHostsFrom(env: Record<string, string | undefined>): string[] {
  return (env.POST_COACH_EXTRA_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What vite.config.ts builds: `vite build --mode firefox` gives the Firefox dialect, any other mode Chrome's. */
export default defineManifest((env) => manifestFor(env.mode === 'firefox' ? 'firefox' : 'chrome', extraHostsFrom(process.env)));
