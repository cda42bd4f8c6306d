// The list of dismissed findings the options page shows: the background alone writes it, from the content scripts' reports.
import { STORAGE, type DismissedFinding } from '../shared/messages.js';
import { isObject } from '../shared/json.js';
import type { LocalArea } from './ui-handlers.js';

/** Appends one dismissal (check, rule, site and when; never the text), keeping whatever the list held. */
export async function recordDismissal(storage: LocalArea, site: string, check: string, rule: string, at: number): Promise<void> {
  const stored = (await storage.get(STORAGE.dismissed))[STORAGE.dismissed];
  const list: Record<string, unknown> = isObject(stored) ? { ...stored } : {};
  const entry: DismissedFinding = { check, rule, site, at };
  list[`${site}|${check}|${rule}|${at}`] = entry;
  await storage.set({ [STORAGE.dismissed]: list });
}
