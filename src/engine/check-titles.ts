// A check's title and citation from its id, in both languages: the built-in checks' metadata, the organisation's own rules, or the id.
import { CHECK_METAS } from './checks/meta/index.js';
import { CUSTOM_CHECK_ID, CUSTOM_CHECK_TITLE } from './custom-rules.js';
import { cite } from './sources.js';
import type { Citation, LocalText } from './types.js';

export function checkTitle(id: string): LocalText {
  return CHECK_METAS.find((m) => m.id === id)?.title ?? (id === CUSTOM_CHECK_ID ? CUSTOM_CHECK_TITLE : { en: id, ar: id });
}

/** The guideline a check cites; the organisation's own rules cite the code of conduct, as their metadata does. */
export function checkSource(id: string): Citation | undefined {
  return CHECK_METAS.find((m) => m.id === id)?.source ?? (id === CUSTOM_CHECK_ID ? cite(['omanIta', 'codesOfConduct']) : undefined);
}
