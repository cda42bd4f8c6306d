// Every rule of every check has its words in both languages, and the engine words a finding from them.
import { describe, expect, it } from 'vitest';
import { CHECK_METAS } from './checks/meta/index.js';
import { PERSONAL_DETAIL_RULES } from './checks/meta/personal-details.js';
import { createAnalyzer } from './analyzer.js';
import { loadRuleset } from '../ruleset/load.js';
import { fillTemplate, placeholdersOf, wordHit } from './rule-words.js';
import type { CheckMeta, Hit, Lang, LocalText, RuleWords } from './types.js';

const LANGS: readonly Lang[] = ['en', 'ar'];
const FIELDS: ReadonlyArray<keyof RuleWords> = ['message', 'why', 'suggestion'];

/** Every rule of every check, with its id and where it comes from. */
const RULES = CHECK_METAS.flatMap((meta) => Object.entries(meta.rules ?? {}).map(([id, rule]) => ({ check: meta.id, id, rule })));

/** One text in both languages: each non-empty, the same placeholders in each. */
function expectBothLanguages(text: LocalText | undefined, where: string): void {
  expect(text, where).toBeDefined();
  for (const lang of LANGS) expect(text![lang]?.trim(), `${where}.${lang}`).toBeTruthy();
  expect(placeholdersOf(text!.ar), `${where}: placeholders of ar and en`).toEqual(placeholdersOf(text!.en));
}

describe('every rule of every check, from the metadata', () => {
  it.each(CHECK_METAS.map((m) => [m.id, m] as const))('%s names its rules', (_id, meta) => {
    expect(Object.keys(meta.rules ?? {}).length, meta.id).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => [`${r.check}/${r.id}`, r] as const))('%s has its label and words in English and Arabic', (where, { rule }) => {
    expectBothLanguages(rule.label, `${where} label`);
    expect(placeholdersOf(rule.label.en), `${where} label has no placeholders`).toEqual([]);
    expectBothLanguages(rule.message, `${where} message`);
    if (rule.why) expectBothLanguages(rule.why, `${where} why`);
    if (rule.suggestion) expectBothLanguages(rule.suggestion, `${where} suggestion`);
    for (const [name, variant] of Object.entries(rule.variants ?? {})) {
      for (const field of FIELDS) if (variant[field]) expectBothLanguages(variant[field], `${where} variant ${name} ${field}`);
    }
  });

  it('quotes in the quotation marks of each language: "" in English, «» in Arabic', () => {
    for (const { check, id, rule } of RULES) {
      const texts = [rule.message, ...Object.values(rule.variants ?? {}).map((v) => v.message)].filter((t): t is LocalText => !!t);
      for (const t of texts) {
        if (t.en.includes('"{words}"')) expect(t.ar, `${check}/${id}`).toContain('«{words}»');
        expect(t.ar, `${check}/${id}`).not.toMatch(/"\{\w+\}"/);
      }
    }
  });

  it('gives every check a clause in both languages, the why of every rule that has none', () => {
    for (const meta of CHECK_METAS) expectBothLanguages(meta.clause, `${meta.id} clause`);
  });
});

describe('every rule a check can emit has its words', () => {
  it('names every kind of personal detail the ruleset may ignore', () => {
    const rules = CHECK_METAS.find((m) => m.id === 'personal-details')!.rules!;
    expect(Object.keys(rules).sort()).toEqual([...PERSONAL_DETAIL_RULES].sort());
  });

  /** Drafts that set off every built-in check in both scripts (my own cases, not the measurement corpus). */
  const drafts: Array<[string, 'official' | 'personal']> = [
    ['Call me on +968 9123 4567 or write to ahmed.salim@example.om. Card 4111 1111 1111 1111.', 'personal'],
    ['رقم جوالي 99123456، الرقم المدني ١٢٣٤٥٦٧٨', 'personal'],
    ['Our ministry finished the new licensing system today.', 'personal'],
    ['In my view the queue was too long. CONFIDENTIAL: the draft fee schedule.', 'official'],
    ['برأيي هذا القرار متسرع. سري للغاية: مسودة الخطة', 'official'],
    ['We will fix your permit by Sunday, I promise.', 'official'],
    ['سنحل مشكلتك خلال يومين إن شاء الله', 'official'],
    ['You are an idiot and THIS IS A JOKE!!!', 'personal'],
    ['أنت غبي وما تفهم شي', 'personal'],
  ];

  it.each(drafts)('words every finding of %s from its rule\'s metadata', (text, capacity) => {
    const analyzer = createAnalyzer(loadRuleset());
    for (const lang of LANGS) {
      const findings = analyzer.analyze(text, { capacity, lang });
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        const meta = CHECK_METAS.find((m) => m.id === f.check);
        expect(meta?.rules?.[f.rule], `${f.check}/${f.rule}`).toBeDefined();
        expect(f.message, `${f.check}/${f.rule}`).not.toMatch(/\{[a-zA-Z]\w*\}/);
      }
    }
  });
});

const meta: CheckMeta = {
  id: 'sample',
  title: { en: 'Sample', ar: 'عينة' },
  defaultSeverity: 'warning',
  clause: { en: 'The clause.', ar: 'البند.' },
  source: { document: 'Doc', section: 'Section' },
  optionsSchema: {},
  rules: {
    quoted: {
      label: { en: 'Quoted', ar: 'مقتبس' },
      message: { en: 'Said: "{words}" ({count} times)', ar: 'قيل: «{words}» ({count} مرات)' },
      suggestion: { en: 'Say it once.', ar: 'قلها مرة واحدة.' },
      variants: { soft: { message: { en: 'Maybe: "{words}"', ar: 'ربما: «{words}»' }, why: { en: 'A softer reason.', ar: 'سبب ألطف.' } } },
    },
    bare: { label: { en: 'Bare', ar: 'مجرد' }, message: { en: 'Bare', ar: 'مجرد' } },
  },
};

const hit = (extra: Partial<Hit>): Hit => ({ rule: 'quoted', start: 0, end: 1, ...extra });

describe('placeholdersOf', () => {
  it('lists the names a template uses, sorted, and nothing for a template without any', () => {
    expect(placeholdersOf('{words} and {count}, {words}')).toEqual(['count', 'words', 'words']);
    expect(placeholdersOf('no {1} braces {} here')).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('fills every named value, numbers included, and leaves the rest of the text as it is', () => {
    expect(fillTemplate('قيل: «{words}» ({count} مرات)', { words: 'يا غبي', count: 3 })).toBe('قيل: «يا غبي» (3 مرات)');
  });
  it('leaves a name the hit did not give visible, never "undefined"', () => {
    expect(fillTemplate('Said: "{words}" {count}', { words: 'x' })).toBe('Said: "x" {count}');
    expect(fillTemplate('Said: "{words}"')).toBe('Said: "{words}"');
  });
  it('puts a value in as typed, even one that looks like a placeholder or a replacement pattern', () => {
    expect(fillTemplate('"{words}"', { words: '{count} $& $1' })).toBe('"{count} $& $1"');
  });
});

describe('wordHit', () => {
  it('words a hit in English or Arabic from its rule, with the check\'s clause as why', () => {
    const h = hit({ params: { words: 'hello', count: 2 } });
    expect(wordHit(meta, h, 'en')).toEqual({ message: 'Said: "hello" (2 times)', why: 'The clause.', suggestion: 'Say it once.' });
    expect(wordHit(meta, h, 'ar')).toEqual({ message: 'قيل: «hello» (2 مرات)', why: 'البند.', suggestion: 'قلها مرة واحدة.' });
  });
  it('takes a variant\'s words where it has them and the rule\'s elsewhere', () => {
    const h = hit({ variant: 'soft', params: { words: 'hm' } });
    expect(wordHit(meta, h, 'ar')).toEqual({ message: 'ربما: «hm»', why: 'سبب ألطف.', suggestion: 'قلها مرة واحدة.' });
    expect(wordHit(meta, hit({ variant: 'unknown', params: { words: 'hm', count: 1 } }), 'en').message).toBe('Said: "hm" (1 times)');
  });
  it('gives no suggestion when the rule has none', () => {
    expect(wordHit(meta, hit({ rule: 'bare' }), 'ar')).toEqual({ message: 'مجرد', why: 'البند.' });
  });
  it('falls back on the words a hit carries, then on the rule id, for a rule the metadata does not name', () => {
    expect(wordHit(meta, hit({ rule: 'own', message: 'Own words', why: 'Own why', suggestion: 'Own fix' }), 'ar')).toEqual({
      message: 'Own words',
      why: 'Own why',
      suggestion: 'Own fix',
    });
    expect(wordHit(meta, hit({ rule: 'nameless' }), 'en')).toEqual({ message: 'nameless', why: 'The clause.' });
  });
});
