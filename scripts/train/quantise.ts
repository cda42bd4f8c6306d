// int8 weights with one scale, and the threshold chosen on held-out rows with the int8 weights the engine will use.
import type { FloatModel } from './logistic.js';

/** weight ~ int8 * scale; the largest weight maps to 127. */
export function quantise(model: FloatModel): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const weights = new Int8Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i] / scale)));
  // Stored as a decimal in the generated module: round it so the module and this run agree exactly.
  return { weights, scale: Number(scale.toPrecision(12)) };
}

export interface Scored {
  logit: number;
  positive: boolean;
  weight: number;
}

export interface Threshold {
  threshold: number;
  precision: number;
  recall: number;
  /** Share of the held-out `not` rows at or above the threshold. */
  falseAlarm: number;
}

/**
 * The lowest logit at which at most `maxFalseAlarm` of the held-out `not` rows score (weighted by source as in
 * training): false alarms are what make people switch a coach off, so the model gets only the recall that leaves.
 */
export function chooseThreshold(scored: Scored[], maxFalseAlarm: number): Threshold {
  const sorted = [...scored].sort((a, b) => b.logit - a.logit);
  const positives = sorted.reduce((s, r) => s + (r.positive ? r.weight : 0), 0);
  const negatives = sorted.reduce((s, r) => s + (r.positive ? 0 : r.weight), 0);
  let tp = 0;
  let fp = 0;
  let best: Threshold = { threshold: Infinity, precision: 0, recall: 0, falseAlarm: 0 };
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].positive) tp += sorted[i].weight;
    else fp += sorted[i].weight;
    // Only cut between distinct logits, so the threshold means the same on any row with that logit.
    if (i + 1 < sorted.length && sorted[i + 1].logit === sorted[i].logit) continue;
    const falseAlarm = negatives ? fp / negatives : 0;
    if (falseAlarm > maxFalseAlarm) break;
    // Rounded to what the generated module states, so this run and the engine cut at the same number.
    best = { threshold: Number(sorted[i].logit.toPrecision(12)), precision: tp / (tp + fp), recall: positives ? tp / positives : 0, falseAlarm };
  }
  return best;
}
