// The tone model's features: hashed word unigrams, word bigrams and character n-grams, each tied to the words it came from.
// Training (scripts/train) and inference (model.ts) both call featurise(), so the two can never drift apart.

/** How a model turns text into feature buckets; stored with the weights so inference repeats it exactly. */
export interface FeatureSpec {
  /** Seed of the hash: a different seed gives different buckets. */
  seed: number;
  /** The model has 2^bits weights. */
  bits: number;
  /** Shortest and longest character n-gram, counted with the word-boundary marks. */
  minN: number;
  maxN: number;
}

/** The features of one text: `buckets[i]` came from tokens `from[i]..to[i]` (inclusive), found at `tokenStart/End`. */
export interface Features {
  buckets: Int32Array;
  from: Int32Array;
  to: Int32Array;
  count: number;
  tokenStart: number[];
  tokenEnd: number[];
}

/** Longest token kept for character n-grams: longer runs are keyboard mashing or links. */
const MAX_TOKEN = 40;
/** Word-boundary marks around each token for its character n-grams, as in "<idiot>". */
const BOUNDARY_OPEN = 0x3c;
const BOUNDARY_CLOSE = 0x3e;
/** Salts keep the three kinds of feature apart in the one hash space. */
const SALT_WORD = 0x1b873593;
const SALT_BIGRAM = 0x5bd1e995;
const SALT_CHARS = 0x27d4eb2d;

/** Letters of the scripts the coach reads (Latin with accents, Greek, Cyrillic, Arabic); digits count too, apostrophes inside words. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x621 && c <= 0x64a) ||
    (c >= 0x660 && c <= 0x669) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6fa && c <= 0x6ff)
  );
}

function lower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

/** Murmur3's finaliser: spreads FNV's low bits over the whole word before the bucket is cut from it. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv(codes: Int32Array, from: number, to: number, basis: number): number {
  let h = basis;
  for (let i = from; i < to; i++) {
    h ^= codes[i];
    h = Math.imul(h, 16777619);
  }
  return h;
}

/** Handles and links name accounts and pages, not the writer's tone: they give no features. */
function skipHandleOrLink(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x40 /* @ */) {
    let j = i + 1;
    while (j < text.length && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
    return j;
  }
  if (c === 0x26 /* & */) {
    // HTML entities such as "&amp;" and "&#128514;" in scraped posts are markup, not words.
    let j = i + 1;
    if (text.charCodeAt(j) === 0x23) j++;
    const start = j;
    while (j < text.length && j - start < 10 && isWordChar(text.charCodeAt(j))) j++;
    return j > start && text.charCodeAt(j) === 0x3b ? j + 1 : i;
  }
  if ((c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) && (text.charCodeAt(i + 3) === 0x2e || text.charCodeAt(i + 4) === 0x3a || text.charCodeAt(i + 5) === 0x3a)) {
    const head = text.slice(i, i + 8).toLowerCase();
    if (head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.')) {
      let j = i;
      while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
      return j;
    }
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);
}

/** "RT" opens a retweet: a platform mark, not a word of the writer. */
function isRetweetMark(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(start) === 0x52 && text.charCodeAt(start + 1) === 0x54;
}

const scratch = new Int32Array(MAX_TOKEN + 2);

/**
 * The features of `text` (the engine's normalised segment text): lower-cased tokens with letters repeated at most twice
 * ("stuuupid" -> "stuupid"), each giving its word, its bigram with the previous word, and its character n-grams.
 */
export function featurise(text: string, spec: FeatureSpec): Features {
  const mask = (1 << spec.bits) - 1;
  // At most one word, one bigram and (maxN - minN + 1) n-grams per character and boundary mark.
  const capacity = (text.length * 3 + 2) * (spec.maxN - spec.minN + 3);
  const buckets = new Int32Array(capacity);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let count = 0;
  const tokenStart: number[] = [];
  const tokenEnd: number[] = [];
  const wordBasis = (2166136261 ^ spec.seed ^ SALT_WORD) | 0;
  const charBasis = (2166136261 ^ spec.seed ^ SALT_CHARS) | 0;
  let prevWord = 0;
  let i = 0;
  while (i < text.length) {
    const skip = skipHandleOrLink(text, i);
    if (skip > i) {
      i = skip;
      prevWord = 0;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let allDigits = true;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      // An apostrophe between letters stays inside the word: "don't", "you're".
      if (isWordChar(d) || ((d === 0x27 || d === 0x2019) && end > start && isWordChar(text.charCodeAt(end + 1)))) {
        if (d > 0x39 || d < 0x30) allDigits = false;
        end++;
      } else break;
    }
    i = end;
    if (allDigits || isRetweetMark(text, start, end)) {
      prevWord = 0;
      continue;
    }
    // Fold the token into scratch[1..len]: lower case, apostrophes as one mark, a letter at most twice in a row.
    let len = 0;
    scratch[0] = BOUNDARY_OPEN;
    for (let k = start; k < end && len < MAX_TOKEN; k++) {
      let d = lower(text.charCodeAt(k));
      if (d === 0x2019) d = 0x27;
      if (len >= 2 && scratch[len] === d && scratch[len - 1] === d) continue;
      scratch[++len] = d;
    }
    scratch[len + 1] = BOUNDARY_CLOSE;
    const t = tokenStart.length;
    tokenStart.push(start);
    tokenEnd.push(end);
    const word = fnv(scratch, 1, len + 1, wordBasis);
    buckets[count] = mix(word) & mask;
    from[count] = t;
    to[count++] = t;
    if (prevWord !== 0) {
      buckets[count] = mix(Math.imul(prevWord ^ SALT_BIGRAM, 16777619) ^ mix(word)) & mask;
      from[count] = t - 1;
      to[count++] = t;
    }
    prevWord = word | 1;
    const padded = len + 2;
    for (let n = spec.minN; n <= spec.maxN; n++) {
      for (let k = 0; k + n <= padded; k++) {
        buckets[count] = mix(fnv(scratch, k, k + n, charBasis ^ n)) & mask;
        from[count] = t;
        to[count++] = t;
      }
    }
  }
  return { buckets: buckets.subarray(0, count), from: from.subarray(0, count), to: to.subarray(0, count), count, tokenStart, tokenEnd };
}
