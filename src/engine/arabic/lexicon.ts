// A word list compiled once into stem look-ups; finds its entries, inflected, in a tokenised text.
import { isFuturePrefix, isImperative, isNegatedPrefix, isSecondPersonSuffix, readings, verbPerson, type Pos, type Reading } from './affixes.js';
import { arabicSkeleton, latinSkeleton, looksArabizi, vowelsFit, LATIN_PREFIXES, LATIN_PREFIX_SPELLING, LATIN_SUFFIXES, LATIN_SUFFIX_SPELLING } from './arabizi.js';
import { foldArabicWord } from './fold.js';
import { arabicTokens, type ArabicToken } from './tokens.js';

export interface LexiconEntry<T = unknown> {
  /**
   * A word or phrase in ordinary spelling. Nouns and adjectives in the masculine singular
   * ("غبي"), verbs in the he-form of the present ("يسكت", "يستحي": the ي is the person prefix).
   * In a phrase, "=word" is matched as written, "word/v" is a verb and "word/n" a noun;
   * words of one or two letters ("ما", "يا") are matched as written.
   */
  term: string;
  /** What the (head) words are: 'noun' (default, also adjectives), 'verb', or 'fixed' (as written, after و/ف). */
  pos?: Pos;
  /** Other spellings matched as the same entry: broken plurals ("حمير"), irregular stems, dialect forms. */
  forms?: string[];
  /** Also match Arabizi ("7mar", "a5ras") in text that is plainly Arabizi (default true). */
  arabizi?: boolean;
  /** What the caller attaches to the entry (a rule name, a weight). */
  data: T;
}

export interface ArabicMatch<T = unknown> {
  entry: LexiconEntry<T>;
  /** Offsets in the text that was tokenised (a segment's normalised text). */
  start: number;
  end: number;
  /** Token indices of the first and last word matched. */
  first: number;
  last: number;
  /** One reading per word: prefix, stem, suffix (empty for Arabizi words, read by skeleton). */
  readings: Reading[];
  /** A "you/your" ending on a word (ـك، ـكم، ـچ، ـچم), "يا" attached or just before, or انت/انتو just before. */
  secondPerson: boolean;
  /** Preceded by يا (or "ya"), or "يا" attached ("ياغبي"). */
  vocative: boolean;
  /** A negation just before (ما، مب، مو، مش، لا، لن، لم، مهب) or attached ("ماتستحي"). */
  negated: boolean;
  /** A future marker: س/بـ/حـ on the verb, or سوف / راح / رح just before. */
  future: boolean;
  /** The person a verb's prefix marks, when the head word is read as a verb (ا is "I", or an imperative). */
  person?: 'we' | 'i' | 'you' | 'he';
  /** The head verb reads as an imperative ("اسكت", "انقلعوا"): aimed at the one addressed. */
  imperative: boolean;
}

export interface ArabicLexicon<T = unknown> {
  /** Every entry found in the tokens, in text order (longer first at one start); overlapping matches are all kept. */
  find(tokens: ArabicToken[]): ArabicMatch<T>[];
  /** Tokenise `text` and find entries in it. */
  findIn(text: string): ArabicMatch<T>[];
}

interface WordPattern {
  stem: string;
  pos: Pos;
}

interface Pattern<T> {
  entry: LexiconEntry<T>;
  words: WordPattern[];
  /** Consonant skeletons of the words, for Arabizi; null when the entry opts out. */
  skeletons: string[] | null;
  /** A negated phrase written as one word ("ماتستحي" for "ما تستحي"): the head verb must carry the negation. */
  joinedNegation?: boolean;
}

/** Skeleton letters of Latin affixes, written as the Arabic affix letters they stand for. */
const LATIN_AS_ARABIC: Record<string, string> = { t: 'ت', n: 'ن', b: 'ب', s: 'س', h: 'ه', l: 'ل', f: 'ف', k: 'ك', m: 'م' };

/** Words that negate what follows (MSA and Gulf), and the particles that may sit between. */
const NEGATORS = new Set(['ما', 'مب', 'مو', 'مش', 'لا', 'لن', 'لم', 'مهب', 'موب', 'مهوب', 'مانيب', 'ماني', 'مانا', 'ma', 'mob', 'mu', 'mb', 'msh', 'mish', 'mesh', 'la', 'lan']);
const FUTURE_WORDS = new Set(['سوف', 'راح', 'رح', 'بي', 'حي', 'rah', 'ra7', 'ra2e7', 'ba']);
const BETWEEN = new Set(['راح', 'رح', 'سوف', 'قد', 'بعد', 'عاد', 'rah', 'ra7']);
const VOCATIVE = new Set(['يا', 'ايا', 'ya', 'yaa', 'yal']);
const YOU = new Set(['انت', 'انتي', 'انتو', 'انتوا', 'انتم', 'انتن', 'انتما', 'enta', 'inta', 'enti', 'inti', 'ento', 'entu', 'into', 'intu', 'antum', 'entum']);

function parseWord(raw: string, pos: Pos): WordPattern {
  let word = raw;
  let p = pos;
  let marked = false;
  if (word.startsWith('=')) {
    word = word.slice(1);
    p = 'fixed';
  } else if (word.endsWith('/v') || word.endsWith('/n')) {
    p = word.endsWith('/v') ? 'verb' : 'noun';
    word = word.slice(0, -2);
    marked = true;
  }
  let stem = foldArabicWord(word);
  if (p === 'verb' && stem.startsWith('ي') && stem.length >= 3) stem = stem.slice(1);
  // Words of one or two letters are particles ("ما", "في") unless marked: "مخ/n" is a noun.
  if (stem.length <= 2 && p !== 'verb' && !marked) p = 'fixed';
  return { stem, pos: p };
}

/** Compile a word list once; the result finds entries by stem look-up, never by one big regex. */
export function compileLexicon<T>(entries: LexiconEntry<T>[]): ArabicLexicon<T> {
  const byStem = new Map<string, Pattern<T>[]>();
  const bySkeleton = new Map<string, Pattern<T>[]>();
  const add = <K>(map: Map<K, Pattern<T>[]>, key: K, p: Pattern<T>) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const entry of entries) {
    for (const term of [entry.term, ...(entry.forms ?? [])]) {
      const raw = term.trim().split(/\s+/).filter(Boolean);
      if (raw.length === 0) continue;
      const words = raw.map((w) => parseWord(w, entry.pos ?? 'noun'));
      const skeletons = entry.arabizi === false ? null : words.map((w) => arabicSkeleton(w.pos === 'verb' ? w.stem : w.stem));
      const pattern: Pattern<T> = { entry, words, skeletons };
      add(byStem, `${words[0].pos}:${words[0].stem}`, pattern);
      // "ما تستحي" is also written "ماتستحي": index the verb with its attached negation.
      if (words.length >= 2 && words[0].pos === 'fixed' && NEGATORS.has(words[0].stem) && words[1].pos === 'verb') {
        add(byStem, `verb:${words[1].stem}`, { entry, words: words.slice(1), skeletons: null, joinedNegation: true });
      }
      if (skeletons && skeletons[0].length >= 2) add(bySkeleton, skeletons[0], pattern);
    }
  }
  const knownFor = (pos: Pos) => (stem: string) => byStem.has(`${pos}:${stem}`);
  const known = { noun: knownFor('noun'), verb: knownFor('verb'), fixed: knownFor('fixed') };

  /** Readings of token `t` that fit word pattern `w`. */
  function fits(token: ArabicToken, w: WordPattern): Reading | undefined {
    if (token.latin) return undefined;
    if (w.pos === 'fixed') return token.form === w.stem ? { prefix: '', stem: w.stem, suffix: '', pos: 'fixed' } : undefined;
    return readings(token.form, w.pos, (s) => s === w.stem)[0];
  }

  /** Skeleton readings of an Arabizi token that fit skeleton `sk`. */
  function fitsLatin(token: ArabicToken, sk: string): boolean {
    const s = latinSkeleton(token.form);
    for (let p = 0; p <= 3 && p <= s.length; p++) {
      if (!LATIN_PREFIXES.has(s.slice(0, p))) continue;
      for (let q = 0; q <= 3 && p + q <= s.length; q++) {
        if (LATIN_SUFFIXES.has(q ? s.slice(s.length - q) : '') && s.slice(p, s.length - q) === sk) return true;
      }
    }
    return false;
  }

  function describe(tokens: ArabicToken[], first: number, last: number, pattern: Pattern<T>, rs: Reading[]): ArabicMatch<T> {
    const prev = tokens[first - 1]?.form;
    const prev2 = tokens[first - 2]?.form;
    const head = rs[0];
    const vocative = (prev !== undefined && VOCATIVE.has(prev)) || /^(?:و|ف)?يا/.test(head.prefix) && head.pos === 'noun';
    const negated =
      (prev !== undefined && NEGATORS.has(prev)) ||
      (prev !== undefined && BETWEEN.has(prev) && prev2 !== undefined && NEGATORS.has(prev2)) ||
      (head.pos === 'verb' && isNegatedPrefix(head.prefix));
    const future = (prev !== undefined && FUTURE_WORDS.has(prev)) || (head.pos === 'verb' && isFuturePrefix(head.prefix));
    const secondPerson = vocative || (prev !== undefined && YOU.has(prev)) || rs.some((r) => isSecondPersonSuffix(r.suffix));
    const match: ArabicMatch<T> = {
      entry: pattern.entry,
      start: tokens[first].start,
      end: tokens[last].end,
      first,
      last,
      readings: rs,
      secondPerson,
      vocative,
      negated,
      future,
      imperative: head.pos === 'verb' && isImperative(head.prefix, head.suffix),
    };
    if (pattern.joinedNegation) match.negated = false; // the negation is part of the phrase
    if (head.pos === 'verb') {
      const person = presentPerson(head.prefix, head.suffix);
      if (person) match.person = person;
    }
    return match;
  }

  /** Match the rest of `pattern` from token `first`, whose head reading is `head`. */
  function extend(tokens: ArabicToken[], first: number, pattern: Pattern<T>, head: Reading, out: ArabicMatch<T>[]): void {
    if (pattern.joinedNegation && !isNegatedPrefix(head.prefix)) return;
    const rs = [head];
    for (let k = 1; k < pattern.words.length; k++) {
      const t = tokens[first + k];
      if (!t) return;
      const r = fits(t, pattern.words[k]);
      if (!r) return;
      rs.push(r);
    }
    out.push(describe(tokens, first, first + pattern.words.length - 1, pattern, rs));
  }

  function extendLatin(tokens: ArabicToken[], first: number, pattern: Pattern<T>, head: Reading, out: ArabicMatch<T>[]): void {
    const sks = pattern.skeletons!;
    const rs: Reading[] = [{ ...head, pos: pattern.words[0].pos }];
    for (let k = 1; k < sks.length; k++) {
      const t = tokens[first + k];
      if (!t || !t.latin) return;
      const w = pattern.words[k];
      const ok = w.pos === 'fixed' ? latinSkeleton(t.form) === sks[k] : fitsLatin(t, sks[k]);
      if (!ok) return;
      rs.push({ prefix: '', stem: t.form, suffix: '', pos: w.pos });
    }
    out.push(describe(tokens, first, first + sks.length - 1, pattern, rs));
  }

  function find(tokens: ArabicToken[]): ArabicMatch<T>[] {
    const out: ArabicMatch<T>[] = [];
    let arabizi: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.latin) {
        if (bySkeleton.size === 0) continue;
        arabizi ??= plainlyArabizi(tokens);
        if (arabizi) findLatin(tokens, i, out);
        continue;
      }
      const seen = new Set<Pattern<T>>();
      for (const pos of ['fixed', 'noun', 'verb'] as const) {
        for (const r of readings(t.form, pos, known[pos])) {
          for (const pattern of byStem.get(`${pos}:${r.stem}`) ?? []) {
            if (seen.has(pattern)) continue;
            seen.add(pattern);
            extend(tokens, i, pattern, r, out);
          }
        }
      }
    }
    return dedupe(out);
  }

  /** Arabizi: peel prefix and ending skeletons off the token and look its stem skeleton up. */
  function findLatin(tokens: ArabicToken[], i: number, out: ArabicMatch<T>[]): void {
    const t = tokens[i];
    const s = latinSkeleton(t.form);
    const strong = /[2-9]/.test(t.form);
    const seen = new Set<Pattern<T>>();
    for (let p = 0; p <= 3 && p < s.length; p++) {
      if (!LATIN_PREFIXES.has(s.slice(0, p))) continue;
      for (let q = 0; q <= 3 && p + q < s.length; q++) {
        if (!LATIN_SUFFIXES.has(q ? s.slice(s.length - q) : '')) continue;
        const stem = s.slice(p, s.length - q);
        // Two consonants are too few to peel affixes from unless the word holds a letter digit; without one,
        // affixes count only when spelled the Arabizi way ("el", "bel"; "-ak", "-kom").
        if (stem.length < 2 || (stem.length === 2 && !strong && p + q > 0)) continue;
        if (!strong && ((p > 0 && !LATIN_PREFIX_SPELLING.test(t.form)) || (q > 0 && !LATIN_SUFFIX_SPELLING.test(t.form)))) continue;
        for (const pattern of bySkeleton.get(stem) ?? []) {
          if (seen.has(pattern) || !vowelsFit(pattern.words[0].stem, t.form, p)) continue;
          seen.add(pattern);
          const verb = pattern.words[0].pos === 'verb';
          const lead = s.slice(0, p);
          // Latin affixes as the Arabic ones they stand for, so person, future and "you" read the same.
          let prefix = [...lead].map((c) => LATIN_AS_ARABIC[c] ?? '').join('');
          if (verb && prefix === '' && /^[aeiou]/.test(t.form)) prefix = 'ا';
          const suffix = [...s.slice(s.length - q)].map((c) => LATIN_AS_ARABIC[c] ?? '').join('');
          extendLatin(tokens, i, pattern, { prefix: verb ? prefix : '', stem: t.form, suffix: q ? suffix : '', pos: pattern.words[0].pos }, out);
        }
      }
    }
  }

  return { find, findIn: (text: string) => find(arabicTokens(text)) };
}

/**
 * The person of a present verb, read from the letter after its conjunction, negation and future marker: none when
 * nothing is left ("ماطلع" is ما + a past, not an "I"), when a past ending follows ("اشتغلت", "نقلت" are pasts), or
 * for "I" with a plural ending ("اشتغلوا" is a past or a command).
 */
function presentPerson(prefix: string, suffix: string): ArabicMatch['person'] {
  const letter = prefix.replace(/^(?:و|ف)?(?:ما|لا)?(?:س|ب|ح|ه|مب|ماب|راح|رح)?/, '');
  const person = letter ? verbPerson(letter) : undefined;
  if (!person || PAST_ENDING.test(suffix)) return undefined;
  return person === 'i' && suffix.startsWith('و') ? undefined : person;
}

/** A past subject ending ("ت"، "تي"، "تم"...): no object pronoun begins with ت, so any ending that does is one. */
const PAST_ENDING = /^ت/u;

/**
 * Plainly Arabizi: a word with a letter digit ("7mar"), or two Arabizi-only words ("ya", "enta",
 * "wallah"), or one in a short line ("enta ghabi").
 */
function plainlyArabizi(tokens: ArabicToken[]): boolean {
  const latin = tokens.filter((x) => x.latin);
  // A letter digit counts in a lower-case word of a few digits ("3ayb"), not in a code ("U2", "B5", "is415").
  // The digits that only stand for letters (3 ع, 5 خ, 6 ط, 7 ح, 8 غ, 9 ص), not 2 or 4, which English also writes for words.
  const digitWord = (x: ArabicToken) => /[356789]/.test(x.form) && /[a-z][^a-z]*[a-z]/.test(x.text) && (x.form.match(/[0-9]/g) ?? []).length <= 2;
  const marked = latin.filter((x) => looksArabizi(x.form) && (!/[0-9]/.test(x.form) || digitWord(x)));
  return marked.some(digitWord) || marked.length >= 2 || (marked.length === 1 && latin.length <= 5);
}

/** One match per entry and span, in text order, longer first at one start. */
function dedupe<T>(matches: ArabicMatch<T>[]): ArabicMatch<T>[] {
  const seen = new Set<string>();
  const out: ArabicMatch<T>[] = [];
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key) && out.some((o) => o.entry === m.entry && o.start === m.start && o.end === m.end)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
