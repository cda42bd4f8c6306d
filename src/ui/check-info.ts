// Check names for the UI, from each check's own metadata module (not the checks themselves, which carry the engine's
// libraries), so the popup, options and cards say the same and the pages stay small.
import { CHECK_METAS } from '../engine/checks/meta/index.js';
import type { CheckMeta, Lang } from '../engine/types.js';
import { local, type Translate } from './i18n.js';

export const CHECK_ORDER: readonly string[] = CHECK_METAS.map((m) => m.id);

export function checkMeta(id: string): CheckMeta | undefined {
  return CHECK_METAS.find((m) => m.id === id);
}

/** The check's title in the UI language; a finding from the ruleset's own rules gets the generic name. */
export function checkTitle(id: string, lang: Lang, t: Translate): string {
  const meta = checkMeta(id);
  if (!meta) return id === 'custom' || id.startsWith('custom') ? t('checkCustom') : id;
  return local(meta.title, lang) || id;
}
