// Check names for the UI, from each check's own metadata so the popup, options and cards say the same.
import { CHECKS } from '../engine/checks/index.js';
import type { CheckMeta, Lang } from '../engine/types.js';
import { local, type Translate } from './i18n.js';

export const CHECK_ORDER: readonly string[] = CHECKS.map((c) => c.meta.id);

export function checkMeta(id: string): CheckMeta | undefined {
  return CHECKS.find((c) => c.meta.id === id)?.meta;
}

/** The check's title in the UI language; a finding from the ruleset's own rules gets the generic name. */
export function checkTitle(id: string, lang: Lang, t: Translate): string {
  const meta = checkMeta(id);
  if (!meta) return id === 'custom' || id.startsWith('custom') ? t('checkCustom') : id;
  return local(meta.title, lang) || id;
}
