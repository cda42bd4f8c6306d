import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer.js';
import { normalize } from '../../normalize.js';
import { loadRuleset } from '../../../ruleset/load.js';
import type { Segment } from '../../types.js';
import { featurise, type FeatureSpec } from './model-features.js';
import { decodeBase64, drivers, encodeBase64, logit, unpack, type ToneModel } from './model-score.js';
import { modelHit, useToneModels } from './model.js';
import { wordHit } from '../../rule-words.js';
import { aggressiveToneMeta } from '../meta/aggressive-tone.js';
import { TONE_MODEL_AR } from './model-weights-ar.js';
import { TONE_MODEL_EN } from './model-weights-en.js';

const SPEC: FeatureSpec = { seed: 7, bits: 12, minN: 3, maxN: 5 };

const words = (text: string) => {
  const f = featurise(text, SPEC);
  return f.tokenStart.map((s, i) => text.slice(s, f.tokenEnd[i]));
};

describe('tone model: featuriser', () => {
  it('finds words with their offsets, keeping apostrophes inside words', () => {
    expect(words("You don't care, do you?")).toEqual(['You', "don't", 'care', 'do', 'you']);
  });

  it('gives handles, links, HTML entities, bare numbers and the retweet mark no features', () => {
    expect(words('RT @some_user: look https://t.co/x1 &amp; www.example.org 2024 now')).toEqual(['look', 'now']);
  });

  it('counts one word, one bigram with the previous word and every n-gram of 3 to 5 marks', () => {
    // "<cat>" has 3 trigrams, 2 four-grams and 1 five-gram; "<dog>" the same, plus the bigram.
    expect(featurise('cat dog', SPEC).count).toBe(1 + 6 + 1 + 1 + 6);
  });

  it('ignores case and letters stretched past two', () => {
    const a = featurise('STUUUUPID', SPEC);
    const b = featurise('stuupid', SPEC);
    expect([...a.buckets]).toEqual([...b.buckets]);
    expect([...featurise('stupid', SPEC).buckets]).not.toEqual([...b.buckets]);
  });

  it('ties a bigram to both of its words and every other feature to its own', () => {
    const f = featurise('cat dog', SPEC);
    const pairs = [...f.from].map((from, i) => `${from}-${f.to[i]}`);
    expect(pairs.filter((p) => p === '0-1')).toHaveLength(1);
    expect(pairs.filter((p) => p === '0-0')).toHaveLength(7);
    expect(pairs.filter((p) => p === '1-1')).toHaveLength(7);
  });

  it('keeps every bucket inside the model and repeats itself exactly', () => {
    const text = 'انتو ما تفهمون شي أبداً، مع السلامة';
    const f = featurise(normalize(text).text, SPEC);
    expect(f.count).toBeGreaterThan(20);
    for (const b of f.buckets) expect(b >= 0 && b < 1 << SPEC.bits).toBe(true);
    expect([...featurise(normalize(text).text, SPEC).buckets]).toEqual([...f.buckets]);
    expect([...featurise(normalize(text).text, { ...SPEC, seed: 8 }).buckets]).not.toEqual([...f.buckets]);
  });
});

/** A model that knows one hostile word: every feature of `word` weighs 127. */
function oneWordModel(word: string, lang: 'en' | 'ar' = 'en'): ToneModel {
  const weights = new Int8Array(1 << SPEC.bits);
  for (const b of featurise(word, SPEC).buckets) weights[b] = 127;
  return { lang, spec: SPEC, scale: 0.05, bias: -2, threshold: 0, weights };
}

function segmentOf(original: string): Segment {
  return { text: normalize(original).text, original, offset: 0, hasArabic: /[\u0600-\u06FF]/.test(original), hasLatin: /[A-Za-z]/.test(original) };
}

describe('tone model: scores and driving words', () => {
  afterEach(() => useToneModels());

  it('packs and unpacks int8 weights through base64', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    const packed = { lang: 'en' as const, spec: SPEC, scale: 1, bias: 0, threshold: 0, weights: encodeBase64(new Uint8Array(1 << SPEC.bits)) };
    expect(unpack(packed).weights).toHaveLength(1 << SPEC.bits);
    expect(() => unpack({ ...packed, weights: encodeBase64(bytes) })).toThrow(/expected 2\^12/);
  });

  it('names the word that drives the score, at its offsets', () => {
    const model = oneWordModel('gremlin');
    const text = 'Honestly you gremlin, go away';
    const f = featurise(text, SPEC);
    expect(logit(model, f)).toBeGreaterThan(0);
    const d = drivers(model, f);
    expect(d.map((x) => text.slice(x.start, x.end))).toEqual(['gremlin']);
  });

  it('maps the finding back to the words as written and says it is an estimate', () => {
    useToneModels({ en: oneWordModel('gremlin') });
    // Fullwidth letters normalise to "gremlin": the span and the quote are those of the original.
    const original = 'Honestly you ｇｒｅｍｌｉｎ, go away';
    const segment = segmentOf(original);
    const hit = modelHit(segment.text, segment);
    expect(hit).not.toBeNull();
    expect(hit!.rule).toBe('model');
    expect(hit!.params).toEqual({ words: 'ｇｒｅｍｌｉｎ' });
    expect(wordHit(aggressiveToneMeta, hit!, 'en').message).toBe('Sounds hostile (estimate): "ｇｒｅｍｌｉｎ"');
    expect(wordHit(aggressiveToneMeta, hit!, 'ar').message).toBe('قد يبدو الكلام عدائيًا (تقدير): «ｇｒｅｍｌｉｎ»');
    expect(segment.text.slice(hit!.start, hit!.end)).toBe('gremlin');
  });

  it('quotes every driving word, in Arabic and in English', () => {
    const weights = oneWordModel('غبي', 'ar').weights;
    for (const b of featurise('تافه', SPEC).buckets) weights[b] = 127;
    useToneModels({ ar: { lang: 'ar', spec: SPEC, scale: 0.05, bias: -2, threshold: 0, weights } });
    const original = 'يا غبيّ انت تافه';
    const segment = segmentOf(original);
    const hit = modelHit(segment.text, segment)!;
    expect(hit).toMatchObject({ variant: 'two-words', params: { words: 'غبيّ', second: 'تافه' } });
    expect(wordHit(aggressiveToneMeta, hit, 'ar').message).toBe('قد يبدو الكلام عدائيًا (تقدير): «غبيّ»، «تافه»');
    expect(wordHit(aggressiveToneMeta, hit, 'en').message).toBe('Sounds hostile (estimate): "غبيّ", "تافه"');
    expect(wordHit(aggressiveToneMeta, hit, 'ar').suggestion).toMatch(/^هذا تقدير من نموذج مدرَّب وليس قاعدة/);
    expect(segment.text.slice(hit.start, hit.end)).toBe('غبي انت تافه');
  });

  it('stays silent below the threshold and on words the ruleset allows', () => {
    const model = oneWordModel('gremlin');
    useToneModels({ en: { ...model, threshold: 100 } });
    const segment = segmentOf('you gremlin');
    expect(modelHit(segment.text, segment)).toBeNull();
    useToneModels({ en: model });
    expect(modelHit(segment.text, segment, ['gremlin'])).toBeNull();
  });

  it('rests no estimate on a hashtag, which names a topic or a site', () => {
    useToneModels({ en: oneWordModel('gremlin') });
    const tagged = segmentOf('Watch the video #gremlin');
    expect(modelHit(tagged.text, tagged)).toBeNull();
    const said = segmentOf('Watch the video, gremlin');
    expect(modelHit(said.text, said)?.params).toEqual({ words: 'gremlin' });
  });
});

describe('tone model: in the check', () => {
  afterEach(() => useToneModels());
  const ruleset = (options: Record<string, unknown>) => loadRuleset({ checks: { 'aggressive-tone': { options } } });

  it('adds a model finding where the rules are silent, and none when the option is off', () => {
    useToneModels({ en: oneWordModel('gremlin') });
    const text = 'Thanks for nothing, gremlin.';
    const on = createAnalyzer(loadRuleset()).analyze(text).filter((f) => f.check === 'aggressive-tone');
    expect(on.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['model', 'gremlin']]);
    const off = createAnalyzer(ruleset({ model: false })).analyze(text).filter((f) => f.check === 'aggressive-tone');
    expect(off).toEqual([]);
  });

  it('words its finding in the writer\'s language, quoting the words as typed', () => {
    useToneModels({ en: oneWordModel('gremlin') });
    const text = 'Thanks for nothing, Gremlin.';
    const found = (lang: 'en' | 'ar') =>
      createAnalyzer(loadRuleset()).analyze(text, { capacity: 'unknown', lang }).filter((f) => f.check === 'aggressive-tone');
    expect(found('en').map((f) => [f.rule, f.severity, f.message])).toEqual([['model', 'warning', 'Sounds hostile (estimate): "Gremlin"']]);
    expect(found('ar').map((f) => [f.rule, f.severity, f.message])).toEqual([['model', 'warning', 'قد يبدو الكلام عدائيًا (تقدير): «Gremlin»']]);
    expect(found('ar')[0].why).toBe(aggressiveToneMeta.clause.ar);
  });

  it('leaves a sentence the rules already flag to the rules', () => {
    useToneModels({ en: oneWordModel('gremlin') });
    const text = 'You gremlin, you idiot.';
    const found = createAnalyzer(loadRuleset()).analyze(text).filter((f) => f.check === 'aggressive-tone');
    expect(found.map((f) => f.rule)).toEqual(['insult']);
  });

  it('ships both models at the size the spec says, under 1 MB', () => {
    for (const packed of [TONE_MODEL_EN, TONE_MODEL_AR]) {
      const model = unpack(packed);
      expect(model.weights.length).toBe(1 << packed.spec.bits);
      expect(packed.weights.length).toBeLessThan(1_000_000);
      expect(Number.isFinite(model.threshold) && model.scale > 0).toBe(true);
    }
  });
});
