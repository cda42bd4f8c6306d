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
  let from = 0;
  for (let b = nextBoundary(text, from); b !== null; b = nextBoundary(text, from)) {
    const [at, stop] = b;
    from = stop;
    let end = stop;
    if (text[at] !== '\n') {
      if (stop - at === 1 && text[at] === '.' && ABBREVIATION.test(text.slice(Math.max(start, at - 8), end))) continue;
      // Keep "3. 5" style and lowercase continuations together: only a capital, digit-free start or non-Latin starts a sentence.
      const after = /^\s+(\S)/.exec(text.slice(end, end + 40));
      if (after && /[a-z]/.test(after[1])) continue;
    }
    // Trailing whitespace belongs to the sentence it follows; the search resumes after it, so no space is scanned twice.
    while (end < text.length && /\s/.test(text[end])) end++;
    from = end;
    push(end);
  }
  push(text.length);
  return spans;
}

const TERMINATORS = '.!?؟…。';
const CLOSERS = '"\'”’)]';
const isTerminator = (c: string) => TERMINATORS.includes(c);
const isCloser = (c: string) => CLOSERS.includes(c);

/**
 * The next sentence boundary at or after `from`: a run of terminators and closing quotes or brackets
 * followed by whitespace, or a run of line breaks. One forward pass, so a long run of "!" costs its length.
 */
function nextBoundary(text: string, from: number): [number, number] | null {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      let j = i + 1;
      while (text[j] === '\n') j++;
      return [i, j];
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isTerminator(text[j])) j++;
    while (j < text.length && isCloser(text[j])) j++;
    if (j < text.length && /\s/.test(text[j])) return [i, j];
    // Not followed by whitespace: no boundary starts anywhere inside this run either.
    i = j;
  }
  return null;
}

function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_SEGMENT / 2; i--) {
    if (/\s/.test(text[i - 1])) return i;
  }
  // No whitespace: cut on a code-point boundary.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
