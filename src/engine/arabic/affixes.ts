// The affixes one Arabic word carries around its stem, and every bounded way to peel them off.

export type Pos = 'noun' | 'verb' | 'fixed';

/** One reading of a word: what came before the stem, the stem, and what came after. */
export interface Reading {
  prefix: string;
  stem: string;
  suffix: string;
  pos: Pos;
}

const cross = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => x + y));

const CONJ = ['', 'و', 'ف'];

/** Noun proclitics: preposition and article ("بال", "لل", "كال"), Gulf "هال" (this), attached "يا" and "ع" (on). */
const NOUN_PREFIXES = new Set(
  cross(CONJ, ['', 'ب', 'ل', 'ك', 'ال', 'بال', 'كال', 'لل', 'هال', 'يا', 'ياال', 'يال', 'عال', 'بهال', 'لهال']),
);

/** Verb prefixes: conjunction, attached negation "ما", future (س, Gulf ب, ح/ه), person (ي ت ن ا); also "ل" (let). */
const VERB_PREFIXES = new Set([
  ...cross(CONJ, cross(['', 'ما', 'لا'], ['', 'ي', 'ت', 'ن', 'ا'])),
  ...cross(CONJ, cross(['س', 'ب', 'ح', 'ه', 'ماب', 'مب', 'راح', 'رح'], ['ي', 'ت', 'ن', 'ا'])),
  ...cross(CONJ, ['لي', 'لت', 'لن']),
]);

/** Pronoun endings: my/your/his/her/our/their, with Gulf ـچ/ـچم already folded to ك/كم. */
const PRONOUNS = ['ك', 'كم', 'كن', 'كي', 'كو', 'ه', 'ها', 'هم', 'هن', 'نا', 'ي', 'هو'];

/** Noun endings: feminine (ـه, ـت before a pronoun), plurals and dual, the accusative ـاً, then an optional pronoun. */
const NOUN_SUFFIXES = new Set([
  '',
  'ه', 'ات', 'ين', 'ون', 'ان', 'يه', 'يين', 'تين', 'ا',
  ...PRONOUNS,
  ...cross(['ت', 'ات', 'ي', 'و', 'تي'], PRONOUNS),
]);

/** Dialect "to him / to me" written onto the verb: "قالتله", "قلتلي", "كتبلهم". */
const DIALECT_TO = ['له', 'لها', 'لهم', 'لي', 'لك', 'لكم', 'لنا'];
/** Verb endings: subject (perfect ت/نا/تو/تم, imperfect ون/ين/وا/ي) then object pronoun (ني/ك/ه/ها/هم...). */
const SUBJECTS = ['', 'ت', 'تي', 'تو', 'توا', 'تم', 'تن', 'نا', 'وا', 'و', 'ون', 'ين', 'ي', 'ن', 'ان', 'تون'];
const OBJECTS = ['', 'ني', 'ك', 'كم', 'كن', 'كي', 'ه', 'ها', 'هم', 'هن', 'نا', ...DIALECT_TO];
const VERB_SUFFIXES = new Set(cross(SUBJECTS, OBJECTS));

const maxLen = (s: Set<string>) => Math.max(...[...s].map((x) => x.length));
const NOUN_PREFIX_MAX = maxLen(NOUN_PREFIXES);
const VERB_PREFIX_MAX = maxLen(VERB_PREFIXES);
const NOUN_SUFFIX_MAX = maxLen(NOUN_SUFFIXES);
const VERB_SUFFIX_MAX = maxLen(VERB_SUFFIXES);

/** Shortest stem an affix may be peeled down to. */
const MIN_STEM = 2;

/**
 * Every reading of folded word `form` as `pos` whose stem passes `known` (the lexicon's stems),
 * longest stem first. Bounded: at most (prefix lengths) x (suffix lengths) set look-ups.
 */
export function readings(form: string, pos: Pos, known: (stem: string) => boolean): Reading[] {
  const out: Reading[] = [];
  if (pos === 'fixed') {
    for (const p of CONJ) {
      if (form.startsWith(p) && known(form.slice(p.length))) out.push({ prefix: p, stem: form.slice(p.length), suffix: '', pos });
    }
    return out;
  }
  const prefixes = pos === 'verb' ? VERB_PREFIXES : NOUN_PREFIXES;
  const suffixes = pos === 'verb' ? VERB_SUFFIXES : NOUN_SUFFIXES;
  const pMax = Math.min(pos === 'verb' ? VERB_PREFIX_MAX : NOUN_PREFIX_MAX, form.length - MIN_STEM);
  const sMax = pos === 'verb' ? VERB_SUFFIX_MAX : NOUN_SUFFIX_MAX;
  for (let p = 0; p <= pMax; p++) {
    const prefix = form.slice(0, p);
    if (!prefixes.has(prefix)) continue;
    const rest = form.slice(p);
    const sTop = Math.min(sMax, rest.length - MIN_STEM);
    for (let s = 0; s <= sTop; s++) {
      const suffix = s ? rest.slice(rest.length - s) : '';
      if (!suffixes.has(suffix)) continue;
      const stem = rest.slice(0, rest.length - s);
      if (known(stem)) out.push({ prefix, stem, suffix, pos });
      // A feminine noun before a pronoun ends in ت: "زبالتك" is زباله + ك.
      if (pos === 'noun' && suffix[0] === 'ت' && known(stem + 'ه')) out.push({ prefix, stem: stem + 'ه', suffix, pos });
      // A final ى is written ا before an ending: "مستواك" is مستوى + ك, "سواها" is سوى + ها.
      if (s > 0 && stem.endsWith('ا') && known(stem.slice(0, -1) + 'ي')) out.push({ prefix, stem: stem.slice(0, -1) + 'ي', suffix, pos });
      // A verb ending in ى/ي drops or keeps it before endings: "سوينا", "سووه" (سوي).
      if (pos === 'verb' && s > 0 && (suffix[0] === 'و' || suffix[0] === 'ت' || suffix[0] === 'ن') && known(stem + 'ي')) {
        out.push({ prefix, stem: stem + 'ي', suffix, pos });
      }
    }
  }
  return out.sort((a, b) => b.stem.length - a.stem.length);
}

/** Second person "you/your" endings (ك، كم، كن، كي، كو; Gulf ـچ، ـچم folded to ك، كم). */
export function isSecondPersonSuffix(suffix: string): boolean {
  return /ك(?:م|ن|ي|و)?$/.test(suffix);
}

/** The person a verb prefix marks: "we" (ن), "I" (ا), "you/she" (ت), "he/they" (ي), or none (perfect, imperative). */
export function verbPerson(prefix: string): 'we' | 'i' | 'you' | 'he' | undefined {
  const last = prefix[prefix.length - 1];
  if (last === 'ن') return 'we';
  if (last === 'ا') return 'i';
  if (last === 'ت') return 'you';
  if (last === 'ي') return 'he';
  return undefined;
}

/** True when a verb prefix carries a future marker: س, Gulf ب, ح/ه, or attached راح/رح. */
export function isFuturePrefix(prefix: string): boolean {
  return /^(?:و|ف)?(?:س|ب|ح|ه|ماب|مب|راح|رح)[يتنا]$/.test(prefix);
}

/** True when a verb prefix carries an attached negation ("ماتستحي", "مابنسوي"). */
export function isNegatedPrefix(prefix: string): boolean {
  return /^(?:و|ف)?(?:ما|لا|مب)/.test(prefix);
}

/** True for an imperative: the bare ا prefix (after و/ف) with a you-ending or none ("اسكت", "اسكتي", "انقلعوا"). */
export function isImperative(prefix: string, suffix: string): boolean {
  return /^(?:و|ف)?ا$/.test(prefix) && /^(?:|ي|وا|و|ن)$/.test(suffix);
}
