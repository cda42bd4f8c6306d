// The draft's open findings counted per check, in the engine's check order, worst severity first within a tie.
import type { Severity } from '../engine/types.js';
import type { ComposerState } from '../shared/messages.js';

export interface CheckCount {
  check: string;
  count: number;
  /** The most serious severity among this check's findings. */
  severity: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function groupFindings(findings: ComposerState['findings'], order: readonly string[]): CheckCount[] {
  const byCheck = new Map<string, CheckCount>();
  for (const f of findings) {
    const row = byCheck.get(f.check);
    if (!row) byCheck.set(f.check, { check: f.check, count: 1, severity: f.severity });
    else {
      row.count += 1;
      if (RANK[f.severity] > RANK[row.severity]) row.severity = f.severity;
    }
  }
  const pos = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...byCheck.values()].sort((a, b) => pos(a.check) - pos(b.check) || a.check.localeCompare(b.check));
}
