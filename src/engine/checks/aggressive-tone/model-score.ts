// A trained tone model as the engine holds it (int8 weights), its score for a text, and the words that drive the score.
import { featurise, type FeatureSpec, type Features } from './model-features.js';

/** A model as `npm run train` writes it: int8 weights in base64, one scale for all of them. */
export interface PackedToneModel {
  lang: 'en' | 'ar';
  spec: FeatureSpec;
  /** weight = int8 * scale */
  scale: number;
  bias: number;
  /** A logit at or above this is reported (chosen on a held-out split of the training data). */
  threshold: number;
  weights: string;
}

export interface ToneModel {
  lang: 'en' | 'ar';
  spec: FeatureSpec;
  scale: number;
  bias: number;
  threshold: number;
  weights: Int8Array;
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function unpack(packed: PackedToneModel): ToneModel {
  const bytes = decodeBase64(packed.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (weights.length !== 1 << packed.spec.bits) throw new Error(`tone model ${packed.lang}: ${weights.length} weights, expected 2^${packed.spec.bits}`);
  return { ...packed, weights };
}

/** Each occurrence of a feature weighs 1/sqrt(count), so long and short posts score on one scale. */
export function featureValue(count: number): number {
  return count ? 1 / Math.sqrt(count) : 0;
}

/** The model's logit for the features of one text. */
export function logit(model: ToneModel, f: Features): number {
  let sum = 0;
  for (let i = 0; i < f.count; i++) sum += model.weights[f.buckets[i]];
  return model.bias + sum * model.scale * featureValue(f.count);
}

export function scoreText(model: ToneModel, text: string): { logit: number; features: Features } {
  const features = featurise(text, model.spec);
  return { logit: logit(model, features), features };
}

/** A word of the text and how much it pushes the score towards hostile. */
export interface Driver {
  start: number;
  end: number;
  weight: number;
}

/** Most words a finding quotes. */
const MAX_DRIVERS = 3;
/** A word quoted beside the strongest must push at least this share of the strongest's weight. */
const DRIVER_SHARE = 0.4;

/**
 * The words that push the score up most, in text order: every feature's weight goes to the tokens it came from
 * (a bigram to both of its words), then the strongest few positive tokens are kept.
 */
export function drivers(model: ToneModel, f: Features): Driver[] {
  const per = new Float64Array(f.tokenStart.length);
  for (let i = 0; i < f.count; i++) {
    const w = model.weights[f.buckets[i]];
    for (let t = f.from[i]; t <= f.to[i]; t++) per[t] += w;
  }
  const ranked = [...per.keys()].filter((t) => per[t] > 0).sort((a, b) => per[b] - per[a] || a - b);
  if (!ranked.length) return [];
  const top = per[ranked[0]];
  return ranked
    .slice(0, MAX_DRIVERS)
    .filter((t) => per[t] >= top * DRIVER_SHARE)
    .sort((a, b) => a - b)
    .map((t) => ({ start: f.tokenStart[t], end: f.tokenEnd[t], weight: per[t] * model.scale }));
}
