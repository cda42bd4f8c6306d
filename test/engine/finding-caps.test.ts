// The caps on findings listed per check and per draft, and the bound on how long a manager's pattern scans.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { customRulesCheck } from '../../src/engine/custom-rules.js';
import { capFindings, MAX_FINDINGS_PER_CHECK, MAX_FINDINGS_PER_TEXT, MAX_HITS_SCANNED } from '../../src/engine/finding-caps.js';
import type { CheckEnv, CustomRule, Finding, Ruleset, Severity } from '../../src/engine/types.js';

const finding = (check: string, start: number, severity: Severity = 'warning'): Finding => ({
  check,
  rule: 'r',
  severity,
  start,
  end: start + 1,
  message: 'm',
  why: 'w',
});

const OFF = { enabled: false };
const only = (customRules: CustomRule[]): Ruleset => ({
  checks: { 'personal-details': OFF, 'affiliation-disclosure': OFF, commitment: OFF, 'aggressive-tone': OFF },
  customRules,
});
const everyX: CustomRule = { id: 'every-x', pattern: 'X', message: 'An X.', severity: 'warning' };
/** `n` different sentences of ten X each: "XXXXXXXXXX 0. XXXXXXXXXX 1. ..." */
const sentencesOfX = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `XXXXXXXXXX ${from + i}. `).join('');

describe('capFindings', () => {
  it('lists the first 50 of one check in text order and counts the other 70', () => {
    const all = Array.from({ length: 120 }, (_, i) => finding('a', i));
    const { findings, omitted } = capFindings(all);
    expect(MAX_FINDINGS_PER_CHECK).toBe(50);
    expect(findings).toEqual(all.slice(0, 50));
    expect(omitted).toBe(70);
  });

  it('keeps an error that comes after 60 notes of the same check', () => {
    const all = [...Array.from({ length: 60 }, (_, i) => finding('a', i, 'info')), finding('a', 60, 'error')];
    const { findings, omitted } = capFindings(all);
    expect(findings).toHaveLength(50);
    expect(findings.at(-1)).toEqual(all[60]);
    expect(findings.slice(0, 49)).toEqual(all.slice(0, 49));
    expect(omitted).toBe(11);
  });

  it('lists at most 200 in all: five checks of 50 leave 50 out, errors kept first', () => {
    const all: Finding[] = [];
    for (let i = 0; i < 250; i++) all.push(finding(`c${i % 5}`, i, i >= 240 ? 'error' : 'warning'));
    const { findings, omitted } = capFindings(all);
    expect(MAX_FINDINGS_PER_TEXT).toBe(200);
    expect(findings).toHaveLength(200);
    expect(omitted).toBe(50);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(10);
    expect(findings.slice(0, 190)).toEqual(all.slice(0, 190));
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('leaves a short list as it is', () => {
    const all = [finding('a', 0), finding('b', 1)];
    expect(capFindings(all)).toEqual({ findings: all, omitted: 0 });
  });
});

describe('an analysis with the caps', () => {
  it('says nothing was left out when nothing was', () => {
    expect(createAnalyzer(only([everyX])).analyzeDetailed('One X here.').omitted).toEqual({ count: 0, partial: false });
  });

  it('lists 50 of 200 matches of a manager pattern and counts the 150 others exactly', () => {
    const text = sentencesOfX(20);
    const result = createAnalyzer(only([everyX])).analyzeDetailed(text);
    expect(result.findings).toHaveLength(50);
    expect(result.findings.map((f) => text.slice(f.start, f.end)).join('')).toBe('X'.repeat(50));
    expect(result.findings.at(-1)!.start).toBe(text.indexOf('XXXXXXXXXX 4.') + 9);
    expect(result.omitted).toEqual({ count: 150, partial: false });
  });

  it('stops scanning a pattern that matches every character after 1,000 hits, and says there are more', () => {
    // Cached sentences count against the budget too: a million identical characters are not a million findings.
    const result = createAnalyzer(only([{ ...everyX, pattern: '.' }])).analyzeDetailed('x'.repeat(1_000_000));
    expect(MAX_HITS_SCANNED).toBe(1000);
    expect(result.findings).toHaveLength(50);
    expect(result.omitted).toEqual({ count: 950, partial: true });
    const fresh = createAnalyzer(only([{ ...everyX, pattern: '.' }])).analyzeDetailed(sentencesOfX(2000));
    expect(fresh.omitted).toEqual({ count: 950, partial: true });
  });

  it('reads again, with the budget of the new draft, the sentences an earlier draft left unscanned', () => {
    const analyzer = createAnalyzer(only([everyX]));
    const text = sentencesOfX(150);
    expect(analyzer.analyzeDetailed(text).omitted).toEqual({ count: 950, partial: true });
    expect(analyzer.analyzeDetailed(text).omitted).toEqual({ count: 950, partial: true });
    // The last 50 sentences were never scanned: alone, they are read in full.
    const tail = analyzer.analyzeDetailed(sentencesOfX(50, 100));
    expect(tail.omitted).toEqual({ count: 450, partial: false });
    expect(tail.findings).toHaveLength(50);
  });

  it('scanUpTo returns the first hits of a sentence and says it stopped early', () => {
    const check = customRulesCheck(only([everyX]))!;
    const seg = { text: 'XXXXX', original: 'XXXXX', offset: 0, hasArabic: false, hasLatin: true };
    const env = { context: { capacity: 'unknown' }, ruleset: {}, config: { enabled: true, severity: 'warning', options: {} } } as CheckEnv;
    expect(check.scanUpTo!(seg, env, 3)).toMatchObject({ hits: [{ start: 0 }, { start: 1 }, { start: 2 }], cut: true });
    expect(check.scanUpTo!(seg, env, 5).cut).toBe(false);
    expect(check.scanUpTo!(seg, env, 5).hits).toHaveLength(5);
  });

  it('caps a rule of words the same way: 50 listed, the rest counted', () => {
    const word: CustomRule = { id: 'tender', words: ['tender'], message: 'Tenders.', severity: 'error' };
    const result = createAnalyzer(only([word])).analyzeDetailed('The tender and the tender. '.repeat(40));
    expect(result.findings).toHaveLength(50);
    expect(result.omitted).toEqual({ count: 30, partial: false });
  });
});
