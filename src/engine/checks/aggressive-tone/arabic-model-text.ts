// What the Arabic tone model reads: the vocative يا blanked, because calling someone ("يا حبيبي"، "يا رب") says nothing about tone.
import { arabicTokens } from '../../arabic/index.js';

/** Vocative particles, folded: يا and its long form ايا. */
const VOCATIVES = new Set(['يا', 'ايا']);

/** `text` with each vocative particle replaced by spaces, so offsets stay those of the segment. */
export function arabicModelText(text: string): string {
  let out = text;
  for (const t of arabicTokens(text)) {
    if (VOCATIVES.has(t.form)) out = out.slice(0, t.start) + ' '.repeat(t.end - t.start) + out.slice(t.end);
  }
  return out;
}
