// The trained tone models inside the check: a finding where the rules are silent, naming the words that drive it.
import { normalize, normalizeTerm, toOriginal } from '../../normalize.js';
import type { Hit, Lang, RuleParams, Segment } from '../../types.js';
import { drivers, scoreText, unpack, type ToneModel } from './model-score.js';
import { TONE_MODEL_AR } from './model-weights-ar.js';
import { TONE_MODEL_EN } from './model-weights-en.js';

let loaded: Record<Lang, ToneModel> | null = null;
let replaced: Partial<Record<Lang, ToneModel>> = {};

/** The shipped models, unpacked once, on the first segment that needs one. */
function model(lang: Lang): ToneModel {
  const own = replaced[lang];
  if (own) return own;
  loaded ??= { en: unpack(TONE_MODEL_EN), ar: unpack(TONE_MODEL_AR) };
  return loaded[lang];
}

/** Score with other models than the shipped ones (the eval's leave-one-source-out runs); no argument restores them. */
export function useToneModels(models: Partial<Record<Lang, ToneModel>> = {}): void {
  replaced = models;
}

/** Arabic letters anywhere make it an Arabic post for the model; Latin letters alone, an English one. */
export function modelLanguage(segment: Segment): Lang | null {
  if (segment.hasArabic) return 'ar';
  return segment.hasLatin ? 'en' : null;
}

/** The metadata's wordings of a finding quoting one, two or three driving words. */
const VARIANT_BY_COUNT = [undefined, undefined, 'two-words', 'three-words'] as const;

/**
 * The model's finding for one segment, or null below the threshold. `text` is the segment text the rules read
 * (handles blanked); the span runs from the first to the last driving word, whose words as written are its params.
 */
export function modelHit(text: string, segment: Segment, allow: string[] = []): Hit | null {
  const which = modelLanguage(segment);
  if (!which) return null;
  const m = model(which);
  const { logit, features } = scoreText(m, text);
  if (logit < m.threshold) return null;
  // A hashtag names a topic or a site ("#BitChute"): the model's estimate may not rest on one.
  const words = drivers(m, features).filter((d) => text[d.start - 1] !== '#' && !allow.includes(normalizeTerm(text.slice(d.start, d.end))));
  if (!words.length) return null;
  const n = normalize(segment.original);
  const [first, second, third] = words.map((d) => {
    const [start, end] = toOriginal(n, d.start, d.end);
    return segment.original.slice(start, end);
  });
  const params: RuleParams = { words: first };
  if (second !== undefined) params.second = second;
  if (third !== undefined) params.third = third;
  const hit: Hit = { rule: 'model', start: words[0].start, end: words[words.length - 1].end, params };
  const variant = VARIANT_BY_COUNT[words.length];
  if (variant) hit.variant = variant;
  return hit;
}

/** Whether the model alone would flag this segment text (the eval scores models apart from the rules). */
export function modelFlags(text: string, lang: Lang): boolean {
  const m = model(lang);
  return scoreText(m, text).logit >= m.threshold;
}
