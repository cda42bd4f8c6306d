// The draft's open findings counted per check, in the engine's check order, and per rule within each check.
import type { Severity } from '../engine/types.js';
import type { FindingSummary } from '../shared/messages.js';

export interface RuleCount {
  rule: string;
  count: number;
  severity: Severity;
}

export interface CheckCount {
  check: string;
  count: number;
  /** The most serious severity among this check's findings. */
  severity: Severity;
  /** Each rule of this check with open findings, in the order the draft first shows it. */
  rules: RuleCount[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function worse(a: Severity, b: Severity): Severity {
  return RANK[b] > RANK[a] ? b : a;
}

export function groupFindings(findings: readonly FindingSummary[], order: readonly string[]): CheckCount[] {
  const byCheck = new Map<string, CheckCount>();
  for (const f of findings) {
    let row = byCheck.get(f.check);
    if (!row) byCheck.set(f.check, (row = { check: f.check, count: 0, severity: f.severity, rules: [] }));
    row.count += 1;
    row.severity = worse(row.severity, f.severity);
    const rule = row.rules.find((r) => r.rule === f.rule);
    if (rule) {
      rule.count += 1;
      rule.severity = worse(rule.severity, f.severity);
    } else row.rules.push({ rule: f.rule, count: 1, severity: f.severity });
  }
  const pos = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...byCheck.values()].sort((a, b) => pos(a.check) - pos(b.check) || a.check.localeCompare(b.check));
}
