import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { isAbusivePost } from './reply-to.js';
import type { Analyzer } from './analyzer.js';
import type { Context, Finding, Ruleset } from './types.js';

/** An analyzer that finds what it is told to, and records the context it was asked with. */
function fixed(findings: Finding[]): Analyzer & { contexts: Array<Partial<Context> | undefined> } {
  const contexts: Array<Partial<Context> | undefined> = [];
  return {
    contexts,
    ruleset: {} as Ruleset,
    analyze(_text, context) {
      contexts.push(context);
      return findings;
    },
    analyzeDetailed(text, context) {
      return { findings: this.analyze(text, context), errors: [], omitted: { count: 0, partial: false } };
    },
    errors: [],
  };
}

const finding = (check: string): Finding => ({ check, rule: 'r', severity: 'warning', start: 0, end: 4, message: 'm', why: 'w' });

describe('isAbusivePost', () => {
  it('is the tone check’s call alone, read as a stranger’s post on the site', () => {
    const tone = fixed([finding('aggressive-tone')]);
    expect(isAbusivePost(tone, 'some post', 'x.com')).toBe(true);
    expect(tone.contexts).toEqual([{ capacity: 'unknown', site: 'x.com' }]);
    expect(isAbusivePost(fixed([finding('personal-details'), finding('commitment')]), 'call me on 9123 4567', 'x.com')).toBe(false);
  });

  it('reads nothing when there is no post', () => {
    const tone = fixed([finding('aggressive-tone')]);
    expect(isAbusivePost(tone, '')).toBe(false);
    expect(tone.contexts).toEqual([]);
  });

  it('finds an insult abusive and a thank-you not, with the built-in checks', () => {
    const analyzer = createAnalyzer({});
    expect(isAbusivePost(analyzer, 'You are all idiots and liars.')).toBe(true);
    expect(isAbusivePost(analyzer, 'Thank you for the update on the new bus routes.')).toBe(false);
  });
});

