// Keeps underlines on their words while the person types, until the debounced analysis catches up.
import type { Finding } from '../engine/types.js';

/**
 * Moves findings of `before` onto `after`: spans after the edit shift by its length, spans the
 * edit touches are dropped (the next analysis decides about them).
 */
export function remapFindings(findings: Finding[], before: string, after: string): Finding[] {
  if (before === after) return findings;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  const editEndBefore = before.length - suffix;
  const delta = after.length - before.length;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= prefix) out.push(f);
    else if (f.start >= editEndBefore) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}
