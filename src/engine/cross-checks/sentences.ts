// The draft's sentences as the checks see them, for a rule across checks that reads the words only once it needs them.
import { normalize, toOriginal } from '../normalize.js';
import { segment } from '../segment.js';
import type { Segment } from '../types.js';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z]/;

export interface Sentence {
  segment: Segment;
  /** Index of the sentence in the draft, as the analyzer numbers them. */
  index: number;
  /** A span of `segment.text` in the draft's offsets. */
  toDraft(start: number, end: number): [number, number];
}

/** Each sentence of the draft, normalised as the analyzer does, one at a time so a caller can stop early. */
export function* sentences(draft: string): Generator<Sentence> {
  let index = 0;
  for (const span of segment(draft)) {
    const original = draft.slice(span.start, span.end);
    const n = normalize(original);
    const seg: Segment = { text: n.text, original, offset: span.start, hasArabic: ARABIC.test(original), hasLatin: LATIN.test(n.text) };
    yield {
      segment: seg,
      index: index++,
      toDraft: (start, end) => {
        const [s, e] = toOriginal(n, start, end);
        return [s + span.start, e + span.start];
      },
    };
  }
}

/** A per-sentence result remembered for each ruleset, so keystrokes elsewhere in the draft do not recompute it. */
export function sentenceMemo<T>(compute: (segment: Segment, ruleset: object) => T, limit = 2000) {
  const byRuleset = new WeakMap<object, Map<string, T>>();
  return (segment: Segment, ruleset: object): T => {
    let memo = byRuleset.get(ruleset);
    if (!memo) byRuleset.set(ruleset, (memo = new Map()));
    let value = memo.get(segment.original);
    if (value === undefined) {
      value = compute(segment, ruleset);
      if (memo.size >= limit) memo.clear();
      memo.set(segment.original, value);
    }
    return value;
  };
}
