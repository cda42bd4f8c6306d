// Matches the Arabic word lists (arabic-words.ts) with clitics, aiming words and stretched letters.
import { normalizeTerm } from '../../normalize.js';
import type { Hit } from '../../types.js';
import { ARABIC_EXCEPTIONS, ARABIC_WORDS, type Mode } from './arabic-words.js';
import { toneHit, type ToneRule } from './tone-hit.js';

interface Lexicon {
  forms: Map<string, ToneRule>;
  byMode: Record<Mode, string[]>;
}

/** Word lists are separated by spaces; 'exact' lists hold phrases separated by "|". */
function splitForms(mode: Mode, text: string): string[] {
  return text.split(mode === 'exact' ? '|' : /\s+/).map((f) => f.trim()).filter(Boolean);
}

function buildLexicon(): Lexicon {
  const forms = new Map<string, ToneRule>();
  const byMode: Record<Mode, string[]> = { clitics: [], aimed: [], exact: [] };
  for (const [rule, mode, text] of ARABIC_WORDS) {
    for (const form of splitForms(mode, text)) {
      const folded = normalizeTerm(form);
      if (forms.has(folded)) continue;
      forms.set(folded, rule);
      byMode[mode].push(folded);
    }
  }
  return { forms, byMode };
}

const LETTER = String.raw`\p{L}`;
const alternation = (list: string[]) =>
  [...list].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, String.raw`\s+`)).join('|');

/** و / ف, then a preposition, the article or "this": "والحمير", "فالكلب", "للحقير", "بالغبي", "ياغبي", "هالغبي". */
const PREFIX = String.raw`(?:يا\s?|و|ف)?(?:(?:ب|ك|ل)?ال|لل|هال|ب|ل|ك)?`;
const SUFFIX = String.raw`(?:ين|ون|ات|ها|هم|هن|كم|كي|نا|ه|ك|ي)?`;
/** Who a word is aimed at: "يا", "انت", "انتم", "ابن", "ولاد", "هال", "هذا ال", "شوية", or a likeness ("مثل الكلاب"). */
const AIM = String.raw`(?:(?:يا|انت|انتي|انتو|انتوا|انتم|ابن|بنت|ولد|اولاد|ولاد|عيال|اخو|اخت|شويه|هذا|هذي|هاذا|هاذي|هيدا|هيدي|هاد|هادا|هادي|مثل|زي|متل|كانك|كانكم)\s*(?:ابن\s+|ولاد\s+|اولاد\s+)?(?:ال)?|هال|كال)`;

let compiled: { lexicon: Lexicon; re: RegExp } | null = null;

/** One regex over every form, compiled on first use. */
function getCompiled(): { lexicon: Lexicon; re: RegExp } {
  if (!compiled) {
    const lexicon = buildLexicon();
    const aimed = `${AIM}(${alternation(lexicon.byMode.aimed)})${SUFFIX}`;
    const exact = String.raw`(?:يا\s?|و|ف)?(${alternation(lexicon.byMode.exact)})`;
    const clitics = `${PREFIX}(${alternation(lexicon.byMode.clitics)})${SUFFIX}`;
    const re = new RegExp(`(?<!${LETTER})(?:${aimed}|${exact}|${clitics})(?!${LETTER})`, 'gu');
    compiled = { lexicon, re };
  }
  return compiled;
}

/** Three of the same Arabic letter in a row: the only thing unstretch() changes. */
const STRETCHED = /([\u0621-\u064A])\1\1/;

/**
 * Stretched words ("جبااااان", "تفووو") with each run of three or more of the same Arabic letter
 * cut to one; `from[i]` is where unit i of the result starts in the input.
 */
function unstretch(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && text[j] === text[i]) j++;
    const keep = j - i >= 3 && /[\u0621-\u064A]/.test(text[i]) ? 1 : j - i;
    for (let k = 0; k < keep; k++) {
      out += text[i];
      from.push(i + k);
    }
    i = j;
  }
  from.push(text.length);
  return { text: out, from };
}

/** Arabic abuse in `text` (already normalised), one hit per word or phrase, quoting it as written. */
export function arabicLexiconHits(text: string): Hit[] {
  const { lexicon, re } = getCompiled();
  // Most sentences stretch nothing: then the text is its own flat form, with no copy built letter by letter.
  const flat = STRETCHED.test(text) ? unstretch(text) : { text, from: null };
  const from = (i: number) => (flat.from ? flat.from[i] : i);
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(flat.text); m !== null; m = re.exec(flat.text)) {
    const form = (m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ' ');
    const rule = lexicon.forms.get(form);
    if (!rule) continue;
    const around = flat.text.slice(Math.max(0, m.index - 16), m.index + m[0].length + 12);
    if (ARABIC_EXCEPTIONS.some(([f, context]) => f === form && context.test(around))) continue;
    const start = from(m.index);
    const last = from(m.index + m[0].length - 1);
    // A stretched last letter ("جبانننن") belongs to the word: extend over the run.
    let end = last + 1;
    while (end < text.length && text[end] === text[last]) end++;
    hits.push(toneHit(rule, start, end, text.slice(start, end)));
  }
  return hits;
}

/** For tests: every form of the lexicon as matched (normalised). */
export function arabicLexiconForms(): ReadonlyMap<string, ToneRule> {
  return getCompiled().lexicon.forms;
}
