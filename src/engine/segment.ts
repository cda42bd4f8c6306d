// Split a draft into sentence-sized pieces so a keystroke re-analyses only the piece it touched.

export interface Span {
  start: number;
  end: number;
}

/** Longest piece analysed as one unit; longer runs without punctuation are cut at whitespace. */
export const MAX_SEGMENT = 600;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Rd|No|Nos|Tel|Mob|Ph|Ave|Bldg|Blk|Apt|Fl|P\.O|p\.o|e\.g|i\.e|etc|vs|approx|ext|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gov|Govt|Dept|Min|Ltd|Co|ul|ص\.ب|ص)\.$/;

/**
 * Sentence spans covering the whole text without gaps: a sentence ends after . ! ? ؟ … or a line
 * break, when followed by whitespace and something that starts a new sentence.
 */
export function segment(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    while (end - start > MAX_SEGMENT) {
      const cut = cutPoint(text, start, start + MAX_SEGMENT);
      spans.push({ start, end: cut });
      start = cut;
    }
    if (end > start) spans.push({ start, end });
    start = end;
  };
  const boundary = /[.!?؟…。]+["'”’)\]]*(?=\s)|\n+/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    let end = m.index + m[0].length;
    if (m[0][0] !== '\n') {
      if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), end))) continue;
      // Keep "3. 5" style and lowercase continuations together: only a capital, digit-free start or non-Latin starts a sentence.
      const after = /^\s+(\S)/.exec(text.slice(end, end + 40));
      if (after && /[a-z]/.test(after[1])) continue;
    }
    // Trailing whitespace belongs to the sentence it follows.
    while (end < text.length && /\s/.test(text[end])) end++;
    push(end);
  }
  push(text.length);
  return spans;
}

function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_SEGMENT / 2; i--) {
    if (/\s/.test(text[i - 1])) return i;
  }
  // No whitespace: cut on a code-point boundary.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
