// The ruleset's own words, phrases and patterns as one check. Patterns run only on re2js, so none can hang a page.
import { RE2JS } from 're2js';
import { normalizeTerm } from './normalize.js';
import type { Check, CheckEnv, CustomRule, Hit, RuleMeta, Ruleset, Segment } from './types.js';
import { optionsObject } from './checks/meta/option-schemas.js';
import { bothLanguages } from './rule-text.js';

export const CUSTOM_CHECK_ID = 'custom';
export const CUSTOM_CHECK_TITLE = { en: 'Organisation rules', ar: 'قواعد الجهة' };

/** A manager's pattern that re2js refuses, with re2js's reason. */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

/** Arabic letter forms and digits folded as the normaliser folds the text, so a pattern matches what it sees. */
const PATTERN_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ئ': 'ي', 'ة': 'ه', 'ؤ': 'و' };
const PATTERN_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g;

/** Compile a manager's pattern on the linear-time engine; throws PatternError when RE2 cannot take it. */
export function compileRulePattern(pattern: string, flags = ''): RE2JS {
  if (flags !== '' && flags !== 'i') throw new PatternError(`flags must be "" or "i", not "${flags}"`);
  const folded = pattern
    .replace(PATTERN_MARKS, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[أإآٱىئةؤ]/g, (ch) => PATTERN_FOLD[ch]);
  try {
    return RE2JS.compile(folded, flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    throw new PatternError(`is not a pattern RE2 accepts (${(e as Error).message}); look-around and back-references are not supported`);
  }
}

interface CompiledRule {
  rule: CustomRule;
  /** Normalised, lower-cased words and phrases. */
  terms: string[];
  pattern: RE2JS | null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const ARABIC_START = /^[\u0600-\u06FF]/;
/** Arabic proclitics joined to the next word: "و", "ف", "ب", "ك", "ل", then the article ("ال", or "ل" after "ل"). */
const ARABIC_PREFIX = /^[وفبكل]{0,2}(ال|ل)?$/;

export function customRulesCheck(ruleset: Ruleset): Check | null {
  const rules = (ruleset.customRules ?? []).map(compileRule).filter((r): r is CompiledRule => r !== null);
  if (!rules.length) return null;
  return {
    meta: {
      id: CUSTOM_CHECK_ID,
      title: CUSTOM_CHECK_TITLE,
      defaultSeverity: 'warning',
      rules: ruleWords(ruleset.customRules ?? []),
      clause: {
        en: "Your agency's own code of conduct also applies when you take part online as a public servant.",
        ar: 'تنطبق مدونة السلوك الخاصة بجهتك أيضًا على مشاركتك في الإنترنت بصفتك موظفًا عامًا.',
      },
      source: { document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' },
      optionsSchema: optionsObject({}), // configured by customRules, not under "checks"
    },
    scan(segment: Segment, env: CheckEnv): Hit[] {
      return scanRules(rules, segment, env, Infinity).hits;
    },
    scanUpTo(segment: Segment, env: CheckEnv, limit: number) {
      return scanRules(rules, segment, env, limit);
    },
  };
}

/** Every rule over one sentence, stopping once `limit` hits are found (a pattern may match every character). */
function scanRules(rules: readonly CompiledRule[], segment: Segment, env: CheckEnv, limit: number): { hits: Hit[]; cut: boolean } {
  const lower = lowerSameLength(segment.text);
  const hits: Hit[] = [];
  for (const compiled of rules) {
    const { rule } = compiled;
    if (rule.capacity && rule.capacity !== env.context.capacity) continue;
    for (const [start, end] of termSpans(lower, compiled.terms, limit - hits.length + 1)) hits.push(hitFor(rule, start, end));
    if (compiled.pattern && hits.length <= limit) {
      for (const [start, end] of patternSpans(segment.text, compiled.pattern, limit - hits.length + 1)) hits.push(hitFor(rule, start, end));
    }
    if (hits.length > limit) return { hits: hits.slice(0, limit), cut: true };
  }
  return { hits, cut: false };
}

/** A rule ready to scan, or null when it cannot run (validation reports why). */
function compileRule(rule: CustomRule): CompiledRule | null {
  const terms = [...(rule.words ?? []), ...(rule.phrases ?? [])].map(normalizeTerm).filter((t) => t.trim() !== '');
  let pattern: RE2JS | null = null;
  if (rule.pattern) {
    try {
      pattern = compileRulePattern(rule.pattern, rule.flags ?? '');
    } catch {
      pattern = null;
    }
  }
  return terms.length || pattern ? { rule, terms: [...new Set(terms)], pattern } : null;
}

function hitFor(rule: CustomRule, start: number, end: number): Hit {
  return { rule: rule.id, start, end, severity: rule.severity };
}

/**
 * Each rule's words as the engine words a built-in rule's: a manager's string stands for both languages, and of
 * { en, ar } the one given stands for the other. No placeholders: the manager's braces are shown as written.
 */
function ruleWords(rules: readonly CustomRule[]): Record<string, RuleMeta> {
  const out: Record<string, RuleMeta> = {};
  for (const rule of rules) {
    if (out[rule.id]) continue; // validation refuses a second rule of the same id; the first one's words stand
    const message = bothLanguages(rule.message);
    const meta: RuleMeta = { label: message, message };
    if (rule.why !== undefined) meta.why = bothLanguages(rule.why);
    if (rule.suggestion !== undefined) meta.suggestion = bothLanguages(rule.suggestion);
    out[rule.id] = meta;
  }
  return out;
}

/** Whole-word occurrences of each term (the first `limit`); an Arabic term may carry joined proclitics ("والمناقصة" for "مناقصة"). */
export function termSpans(lowerText: string, terms: string[], limit = Infinity): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const term of terms) {
    const arabic = ARABIC_START.test(term);
    for (let at = lowerText.indexOf(term); at !== -1 && spans.length < limit; at = lowerText.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (WORD_CHAR.test(lowerText[end] ?? '') && WORD_CHAR.test(term[term.length - 1])) continue;
      if (!startsWord(lowerText, at, term, arabic)) continue;
      spans.push([at, end]);
    }
  }
  return spans;
}

function startsWord(text: string, at: number, term: string, arabic: boolean): boolean {
  if (!WORD_CHAR.test(term[0]) || !WORD_CHAR.test(text[at - 1] ?? '')) return true;
  if (!arabic) return false;
  let wordStart = at;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1])) wordStart--;
  return ARABIC_PREFIX.test(text.slice(wordStart, at));
}

const SPACE = /\s/;

/**
 * The first `limit` non-empty matches in one sentence. The pattern sees the sentence without the spaces and line breaks
 * around it, so `^` and `$` anchor to the start and end of the sentence (its closing punctuation included).
 */
export function patternSpans(text: string, pattern: RE2JS, limit = Infinity): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Plain loops, not /\s+$/: that pattern retries from every space of a long run.
  let lead = 0;
  while (lead < text.length && SPACE.test(text[lead])) lead++;
  let end = text.length;
  while (end > lead && SPACE.test(text[end - 1])) end--;
  if (end === lead) return spans;
  const m = pattern.matcher(text.slice(lead, end));
  while (spans.length < limit && m.find()) {
    if (m.end() > m.start()) spans.push([m.start() + lead, m.end() + lead]);
  }
  return spans;
}

/** Lower case without changing any offset (a character whose lower case is longer stays as it is). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
