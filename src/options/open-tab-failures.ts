// Which checks could not run on a draft in any open tab, from the reports the background keeps (ids only, never text).
import type { ComposerState } from '../shared/messages.js';

/** The failed check ids of every tab's report, once each, in the order first seen. */
export function failedChecksOf(reports: ReadonlyArray<ComposerState | null | undefined>): string[] {
  const out = new Set<string>();
  for (const r of reports) for (const id of r?.failedChecks ?? []) out.add(id);
  return [...out];
}

/** Asks the background for each open tab's report; a tab it cannot answer for counts as none. */
export async function openTabFailures(
  tabIds: () => Promise<number[]>,
  report: (tabId: number) => Promise<ComposerState | null>,
): Promise<string[]> {
  const ids = await tabIds();
  return failedChecksOf(await Promise.all(ids.map((id) => report(id).catch(() => null))));
}
