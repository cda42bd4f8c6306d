// How many findings one analysis lists: a few per check and a few hundred per draft, the rest counted, never drawn.
import type { Finding, Severity } from './types.js';

/** Most findings one check lists for one draft. */
export const MAX_FINDINGS_PER_CHECK = 50;
/** Most findings one draft lists, all checks together. */
export const MAX_FINDINGS_PER_TEXT = 200;
/** Most hits a check whose hits have no natural bound (the organisation's patterns) collects per draft before it stops scanning. */
export const MAX_HITS_SCANNED = 1000;

/** What the caps left out of a list of findings. */
export interface Omitted {
  /** Findings found and not listed. */
  count: number;
  /** True when a check stopped scanning before the end of the draft, so there are more than `count`. */
  partial: boolean;
}

export const NOTHING_OMITTED: Omitted = Object.freeze({ count: 0, partial: false });

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; in text order within each, so a cut never hides an error behind a note. */
function byImportance(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || a.start - b.start || a.end - b.end;
}

/**
 * Keeps the most important `perCheck` findings of each check, then the most important `perText` of those, and counts
 * the rest. The findings kept come back in the order they were given.
 */
export function capFindings(
  findings: readonly Finding[],
  perCheck = MAX_FINDINGS_PER_CHECK,
  perText = MAX_FINDINGS_PER_TEXT,
): { findings: Finding[]; omitted: number } {
  if (findings.length <= Math.min(perCheck, perText)) return { findings: [...findings], omitted: 0 };
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  const kept = new Set<Finding>();
  const candidates: Finding[] = [];
  for (const list of byCheck.values()) candidates.push(...(list.length > perCheck ? [...list].sort(byImportance).slice(0, perCheck) : list));
  for (const f of candidates.length > perText ? candidates.sort(byImportance).slice(0, perText) : candidates) kept.add(f);
  return { findings: findings.filter((f) => kept.has(f)), omitted: findings.length - kept.size };
}
