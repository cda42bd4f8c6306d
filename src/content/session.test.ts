// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analyzer } from '../engine/analyzer.js';
import type { Context, Finding, Ruleset } from '../engine/types.js';
import type { ComposerState } from '../shared/messages.js';
import type { SiteAdapter } from '../sites/types.js';
import { createAnalyzer } from '../engine/analyzer.js';
import { ContentContext } from './context.js';
import { Session, type CoachEnv } from './session.js';
import { STRINGS } from './overlay/strings.js';

const site: SiteAdapter = {
  id: 'test',
  hosts: ['example.org'],
  matches: [],
  composerFor: () => null,
  account: () => undefined,
  replyTo: () => undefined,
  postButton: () => null,
};

/** An analyzer that records every text it was asked about and flags each "idiot". */
function countingAnalyzer(): Analyzer & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    ruleset: {} as Ruleset,
    analyze(text: string, _context?: Partial<Context>): Finding[] {
      texts.push(text);
      const at = text.indexOf('idiot');
      return at < 0 ? [] : [{ check: 'aggressive-tone', rule: 'insult', severity: 'error', start: at, end: at + 5, message: 'An insult', why: 'Be respectful' }];
    },
    analyzeDetailed(text: string, context?: Partial<Context>) {
      return { findings: this.analyze(text, context), errors: [], omitted: { count: 0, partial: false } };
    },
    errors: [],
  };
}

function envWith(analyzer: Analyzer, reports: Array<ComposerState | null>): CoachEnv {
  return {
    site: 'example.org',
    analyzer: () => analyzer,
    ruleset: () => ({}) as Ruleset,
    lang: () => 'en',
    strings: () => STRINGS.en,
    choices: () => ({}),
    organisation: () => undefined,
    report: (state) => reports.push(state),
    countFired: () => undefined,
    chooseCapacity: () => undefined,
    recordDismissed: () => undefined,
  };
}

/** Types into the box as a browser does: the text changes, then an input event. */
function type(box: HTMLElement, text: string): void {
  box.firstElementChild!.textContent += text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Session analysis timing', () => {
  let box: HTMLElement;
  let ctx: ContentContext;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    document.body.innerHTML = '<div id="box" contenteditable="true"><p>Hello</p></div>';
    box = document.getElementById('box')!;
    ctx = new ContentContext();
  });

  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  it('analyses a burst of keys once, 150 ms after the last key', () => {
    const analyzer = countingAnalyzer();
    new Session(ctx, site, box, envWith(analyzer, []));
    expect(analyzer.texts).toEqual(['Hello']);
    for (const key of ' there') {
      type(box, key);
      vi.advanceTimersByTime(40);
    }
    expect(analyzer.texts).toEqual(['Hello']);
    vi.advanceTimersByTime(109);
    expect(analyzer.texts).toEqual(['Hello']);
    vi.advanceTimersByTime(2);
    expect(analyzer.texts).toEqual(['Hello', 'Hello there']);
    vi.advanceTimersByTime(1000);
    expect(analyzer.texts).toHaveLength(2);
  });

  it('does not analyse again when the box changed back to the text already analysed', () => {
    const analyzer = countingAnalyzer();
    new Session(ctx, site, box, envWith(analyzer, []));
    type(box, 'x');
    box.firstElementChild!.textContent = 'Hello';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(500);
    expect(analyzer.texts).toEqual(['Hello']);
  });

  it('reports to the coach only when the open findings change', () => {
    const analyzer = countingAnalyzer();
    const reports: Array<ComposerState | null> = [];
    new Session(ctx, site, box, envWith(analyzer, reports));
    type(box, ' you idiot');
    vi.advanceTimersByTime(200);
    type(box, '!');
    vi.advanceTimersByTime(200);
    expect(analyzer.texts).toEqual(['Hello', 'Hello you idiot', 'Hello you idiot!']);
    expect(reports.map((r) => r?.findings.map((f) => f.rule))).toEqual([[], ['insult']]);
  });

  it('analyses a long restored draft a slice per task before analysing it whole', () => {
    // Written for this test: a 50-character sentence, 50 times.
    box.firstElementChild!.textContent = 'The library on Harbour Street opens at nine, now. '.repeat(50).trim();
    const analyzer = countingAnalyzer();
    new Session(ctx, site, box, envWith(analyzer, []));
    expect(analyzer.texts.map((t) => t.length)).toEqual([1000]);
    vi.advanceTimersToNextTimer();
    expect(analyzer.texts.map((t) => t.length)).toEqual([1000, 2000]);
    vi.advanceTimersToNextTimer();
    expect(analyzer.texts.map((t) => t.length)).toEqual([1000, 2000, 2499]);
    vi.advanceTimersByTime(1000);
    expect(analyzer.texts).toHaveLength(3);
  });

  it('waits for the box to be quiet again before the next slice', () => {
    box.firstElementChild!.textContent = 'The library on Harbour Street opens at nine, now. '.repeat(50).trim();
    const analyzer = countingAnalyzer();
    new Session(ctx, site, box, envWith(analyzer, []));
    type(box, ' More');
    vi.advanceTimersByTime(149);
    expect(analyzer.texts.map((t) => t.length)).toEqual([1000]);
    vi.advanceTimersByTime(2);
    expect(analyzer.texts.map((t) => t.length)).toEqual([1000, 2000, 2504]);
  });

  it('runs a pending analysis at once when flushed (a post is being sent)', () => {
    const analyzer = countingAnalyzer();
    const session = new Session(ctx, site, box, envWith(analyzer, []));
    type(box, ' you idiot');
    expect(session.openFindings().map((f) => f.rule)).toEqual(['insult']);
    vi.advanceTimersByTime(500);
    expect(analyzer.texts).toEqual(['Hello', 'Hello you idiot']);
  });
});

describe("Session in the person's language", () => {
  let box: HTMLElement;
  let ctx: ContentContext;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    document.body.innerHTML = '<div id="box" contenteditable="true"><p>اتصل بي على 91234567</p></div>';
    box = document.getElementById('box')!;
    ctx = new ContentContext();
  });

  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  it('gives the engine the language, and words the findings again in the new one when it changes', () => {
    let lang: 'en' | 'ar' = 'ar';
    const analyzer = createAnalyzer({});
    const session = new Session(ctx, site, box, { ...envWith(analyzer, []), lang: () => lang, strings: () => STRINGS[lang] });
    expect(session.context().lang).toBe('ar');
    expect(session.openFindings().map((f) => [f.rule, f.message])).toEqual([['phone', 'رقم هاتف: 91234567']]);
    lang = 'en';
    session.rulesChanged();
    expect(session.context().lang).toBe('en');
    expect(session.openFindings().map((f) => [f.rule, f.message])).toEqual([['phone', 'Phone number: 91234567']]);
  });

  it('keeps a dismissal across a change of language: it is keyed by rule and span, not by words', () => {
    let lang: 'en' | 'ar' = 'ar';
    const analyzer = createAnalyzer({});
    const session = new Session(ctx, site, box, { ...envWith(analyzer, []), lang: () => lang });
    expect(session.openFindings()).toHaveLength(1);
    (session as unknown as { dismiss(key: string): void }).dismiss('personal-details|phone|91234567');
    expect(session.openFindings()).toEqual([]);
    lang = 'en';
    session.rulesChanged();
    expect(session.openFindings()).toEqual([]);
  });
});
