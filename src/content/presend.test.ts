// @vitest-environment happy-dom
// The pre-send review with a check that could not run: "review" says so, "block" fails closed, "off" lets it through.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type Analyzer } from '../engine/analyzer.js';
import { optionsObject } from '../engine/checks/meta/option-schemas.js';
import { personalDetailsMeta } from '../engine/checks/meta/personal-details.js';
import type { Check, Finding, Ruleset } from '../engine/types.js';
import type { ComposerState } from '../shared/messages.js';
import type { SiteAdapter } from '../sites/types.js';
import { ContentContext } from './context.js';
import { failedCheckTitles, permanenceNote, presendDecision, presendInputs, watchPostButtons } from './presend.js';
import { CHECK_META_IDS, CHECK_METAS } from '../engine/checks/meta/index.js';
import { Session, type CoachEnv } from './session.js';
import { STRINGS } from './overlay/strings.js';
import { showReview } from './overlay/review.js';

const warning = { check: 'commitment', rule: 'deadline', severity: 'warning' } as Finding;
const error = { check: 'personal-details', rule: 'phone', severity: 'error' } as Finding;

describe('presendDecision', () => {
  it.each([
    ['off', [error], ['personal-details'], { stop: false, blocked: false }],
    ['review', [], [], { stop: false, blocked: false }],
    ['review', [warning], [], { stop: true, blocked: false }],
    ['review', [], ['personal-details'], { stop: true, blocked: false }],
    ['block', [warning], [], { stop: true, blocked: false }],
    ['block', [error], [], { stop: true, blocked: true }],
    ['block', [], ['personal-details'], { stop: true, blocked: true }],
    ['block', [warning], ['aggressive-tone'], { stop: true, blocked: true }],
  ] as const)('%s with %j and failed %j', (mode, open, failed, expected) => {
    expect(presendDecision(mode, open, failed)).toEqual(expected);
  });

  it('counts an analysis that throws outright as every check failing', () => {
    expect(presendInputs(() => [warning], () => ['commitment'])).toEqual({ open: [warning], failed: ['commitment'] });
    const broken = () => {
      throw new Error('segmenter broke');
    };
    expect(presendInputs(broken, () => [])).toEqual({ open: [], failed: CHECK_META_IDS });
    expect(presendDecision('block', [], presendInputs(broken, () => []).failed)).toEqual({ stop: true, blocked: true });
  });

  it('names failed checks by their titles in both languages', () => {
    expect(failedCheckTitles(['personal-details', 'custom', 'unknown-check'])).toEqual([
      personalDetailsMeta.title,
      { en: 'Organisation rules', ar: 'قواعد الجهة' },
      { en: 'unknown-check', ar: 'unknown-check' },
    ]);
  });
});

/** Stands in for a real check: throws on any sentence that says "boom". */
const throwing: Check = {
  meta: { ...personalDetailsMeta, optionsSchema: optionsObject({}) },
  scan(segment) {
    if (segment.text.includes('boom')) throw new Error('broken');
    return [];
  },
};

describe('pressing Post when a check failed', () => {
  let ctx: ContentContext;
  let button: HTMLButtonElement;
  let sitePosts: number;
  let reports: Array<ComposerState | null>;

  beforeEach(() => {
    document.body.innerHTML = '<div id="box" contenteditable="true"><p>It went boom</p></div><button id="post">Post</button>';
    ctx = new ContentContext();
    button = document.getElementById('post') as HTMLButtonElement;
    sitePosts = 0;
    button.addEventListener('click', () => sitePosts++);
    reports = [];
  });

  afterEach(() => ctx.abort());

  function session(review: Ruleset['review'], strings: 'en' | 'ar' = 'en', analyzer: Analyzer = createAnalyzer({ review }, { checks: [throwing] })): Session {
    const ruleset: Ruleset = { review };
    const site: SiteAdapter = {
      id: 'test',
      hosts: ['example.org'],
      matches: [],
      composerFor: () => null,
      account: () => undefined,
      replyTo: () => undefined,
      postButton: () => button,
    };
    const env: CoachEnv = {
      site: 'example.org',
      analyzer: () => analyzer,
      ruleset: () => ruleset,
      lang: () => strings,
      strings: () => STRINGS[strings],
      choices: () => ({}),
      organisation: () => undefined,
      report: (state) => reports.push(state),
      countFired: () => undefined,
      chooseCapacity: () => undefined,
      recordDismissed: () => undefined,
    };
    const s = new Session(ctx, site, document.getElementById('box')!, env);
    watchPostButtons(ctx, document, () => [s]);
    return s;
  }

  /** What the session asked the overlay to show (the overlay itself is tested below, on its own). */
  function reviews(s: Session): Array<Parameters<Session['overlay']['review']>> {
    const calls: Array<Parameters<Session['overlay']['review']>> = [];
    vi.spyOn(s.overlay, 'review').mockImplementation((...args) => void calls.push(args));
    return calls;
  }

  it('reports the failed check id to the background, and no text', () => {
    session('review');
    expect(reports.at(-1)).toEqual({ site: 'example.org', capacity: 'unknown', capacitySource: 'unknown', findings: [], paused: false, failedChecks: ['personal-details'] });
  });

  it('"block": the post does not reach the site and the review is blocked, naming the check', () => {
    const s = session('block');
    const shown = reviews(s);
    button.click();
    expect(sitePosts).toBe(0);
    expect(shown).toHaveLength(1);
    const [open, blocked, , , failed] = shown[0];
    expect(open).toEqual([]);
    expect(blocked).toBe(true);
    expect(failed).toEqual([personalDetailsMeta.title]);
  });

  it('"review": the review names the check, and "post anyway" lets the post through', () => {
    const s = session('review');
    const shown = reviews(s);
    button.click();
    expect(sitePosts).toBe(0);
    const [, blocked, , choice, failed] = shown[0];
    expect(blocked).toBe(false);
    expect(failed).toEqual([personalDetailsMeta.title]);
    choice.postAnyway!();
    expect(sitePosts).toBe(1);
  });

  it('"block": holds the post when the analysis itself throws, naming every check', () => {
    const real = createAnalyzer({ review: 'block' });
    let broken = false;
    const analyzer: Analyzer = {
      ruleset: real.ruleset,
      errors: [],
      analyze: (text, context) => real.analyze(text, context),
      analyzeDetailed: (text, context) => {
        if (broken) throw new RangeError('Maximum call stack size exceeded');
        return real.analyzeDetailed(text, context);
      },
    };
    const s = session('block', 'en', analyzer);
    const shown = reviews(s);
    broken = true;
    document.querySelector('#box p')!.textContent = 'Something new';
    button.click();
    expect(sitePosts).toBe(0);
    const [, blocked, , , failed] = shown[0];
    expect(blocked).toBe(true);
    expect(failed).toEqual(CHECK_METAS.map((m) => m.title));
  });

  it('lets the post through once the draft no longer makes the check fail', () => {
    const s = session('review');
    const shown = reviews(s);
    document.querySelector('#box p')!.textContent = 'All quiet';
    button.click();
    expect(shown).toHaveLength(0);
    expect(sitePosts).toBe(1);
  });

  it('"off": the post goes through as asked', () => {
    session('off');
    button.click();
    expect(sitePosts).toBe(1);
  });
});

describe('the review with a check that could not run', () => {
  const anchor = { left: 0, bottom: 0 } as DOMRect;
  const show = (lang: 'en' | 'ar', findings: Finding[], blocked: boolean, failed = [personalDetailsMeta.title]) => {
    document.body.innerHTML = '';
    return showReview(document, document.body, STRINGS[lang], findings, blocked, anchor, { edit: () => undefined, postAnyway: () => undefined }, failed);
  };

  it('titles itself by the failure when nothing else is open, and blocks with the reason', () => {
    const el = show('en', [], true);
    expect(el.querySelector('h2')?.textContent).toBe('Before you post: a check could not run');
    expect(el.querySelector('ul')).toBeNull();
    expect(el.querySelector('.check-failed')?.textContent).toBe(
      'The check \u201cPersonal details\u201d could not run on this draft, so the draft has not been checked for it.',
    );
    expect(el.querySelector('.blocked')?.textContent).toBe(
      'Your organisation asks for every check to run before posting. Reload the page and try again; if it keeps happening, tell whoever manages your rules.',
    );
    expect(el.querySelector('.post-anyway')).toBeNull();
  });

  it('lists the open findings first and adds the line, with "post anyway" under "review"', () => {
    const el = show('en', [{ ...warning, message: 'A deadline', start: 0, end: 1, why: '' }], false);
    expect(el.querySelector('h2')?.textContent).toBe('Before you post: 1 thing is still open');
    expect(el.querySelectorAll('li')).toHaveLength(1);
    expect(el.querySelector('.check-failed')).not.toBeNull();
    expect(el.querySelector('.post-anyway')).not.toBeNull();
  });

  it('says it in Arabic, naming several checks', () => {
    const el = show('ar', [], true, [personalDetailsMeta.title, { en: 'Aggressive tone', ar: 'لهجة عدائية' }]);
    expect(el.querySelector('h2')?.textContent).toBe('قبل النشر: تعذّر تشغيل أحد الفحوص');
    expect(el.querySelector('.check-failed')?.textContent).toBe('تعذّر تشغيل هذه الفحوص على هذه المسودة، فلم تُفحص من جهتها: «البيانات الشخصية»، «لهجة عدائية».');
    expect(el.querySelector('.blocked')?.textContent).toBe('تطلب جهتك أن تعمل جميع الفحوص قبل النشر. أعد تحميل الصفحة وحاول مجددًا، وإن تكرر ذلك فأبلغ المسؤول عن قواعد جهتك.');
  });

  it('is as before when every check ran', () => {
    const el = show('en', [{ ...error, message: 'A phone number', start: 0, end: 1, why: '' }], true, []);
    expect(el.querySelector('.check-failed')).toBeNull();
    expect(el.querySelector('.blocked')?.textContent).toBe(STRINGS.en.reviewBlocked);
  });
});

describe('the review on an official account says the post will be permanent', () => {
  const anchor = { left: 0, bottom: 0 } as DOMRect;
  const two = [
    { ...error, message: 'A phone number', start: 0, end: 1, why: '' },
    { ...warning, message: 'A deadline', start: 2, end: 3, why: '' },
  ];
  const show = (lang: 'en' | 'ar', permanent: boolean) => {
    document.body.innerHTML = '';
    return showReview(document, document.body, STRINGS[lang], two, false, anchor, { edit: () => undefined, postAnyway: () => undefined }, [], undefined, permanent);
  };

  it('only on an official account, unless the ruleset turns it off', () => {
    expect(permanenceNote('official', {})).toBe(true);
    expect(permanenceNote('official', { permanenceNote: true })).toBe(true);
    expect(permanenceNote('official', { permanenceNote: false })).toBe(false);
    expect(permanenceNote('personal', {})).toBe(false);
    expect(permanenceNote('unknown', {})).toBe(false);
  });

  it('says it once for the post, however many findings, in English and in Arabic', () => {
    const en = show('en', true);
    expect([...en.querySelectorAll('.permanent')].map((p) => p.textContent)).toEqual([
      'Posting as the organisation: this post will stay available permanently and may be republished in other media.',
    ]);
    const ar = show('ar', true);
    expect([...ar.querySelectorAll('.permanent')].map((p) => p.textContent)).toEqual([
      'أنت تنشر باسم الجهة: سيبقى هذا المنشور متاحًا بشكل دائم وقد يُعاد نشره في وسائل إعلام أخرى.',
    ]);
    expect(show('en', false).querySelector('.permanent')).toBeNull();
  });
});
