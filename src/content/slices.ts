// A long stretch of new text (a paste, a restored draft) is analysed a few sentences per task, so that no single task
// blocks typing for long: each slice fills the engine's per-sentence cache, and the last, whole analysis finds it filled.
import { segment } from '../engine/segment.js';

/** About how many new characters one task analyses. */
export const SLICE_CHARS = 1000;

/**
 * Ends of the prefixes of `after` to analyse one per task before the whole of it: sentence ends inside the part that
 * differs from `before`, about `size` characters apart. Empty when the new part is short enough for one task.
 */
export function sliceEnds(before: string, after: string, size = SLICE_CHARS): number[] {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const changedEnd = after.length - suffix;
  if (changedEnd - prefix <= size) return [];
  const ends: number[] = [];
  let last = prefix;
  for (const span of segment(after)) {
    if (span.end >= changedEnd) break;
    if (span.end - last >= size) {
      ends.push(span.end);
      last = span.end;
    }
  }
  return ends;
}
