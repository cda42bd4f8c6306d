// Logistic regression by seeded stochastic gradient descent over hashed features, L2-regularised.
import { featureValue } from '../../src/engine/checks/aggressive-tone/model-score.js';
import { rng } from './data.js';

export interface Example {
  buckets: Int32Array;
  positive: boolean;
  weight: number;
}

export interface SgdOptions {
  bits: number;
  epochs: number;
  /** Initial learning rate; it decays as 1 / (1 + lr * l2 * step) (Bottou's schedule for L2-regularised SGD). */
  lr: number;
  l2: number;
  seed: number;
}

export interface FloatModel {
  weights: Float64Array;
  bias: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The same examples in the same seeded order give the same weights, bit for bit. */
export function trainLogistic(examples: Example[], o: SgdOptions): FloatModel {
  const v = new Float64Array(1 << o.bits);
  // The weights are scale * v, so the L2 shrink of every weight is one multiplication per step.
  let scale = 1;
  let bias = 0;
  let step = 0;
  const random = rng(o.seed);
  const order = Array.from(examples.keys());
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const e = examples[k];
      const x = featureValue(e.buckets.length);
      let sum = 0;
      for (let i = 0; i < e.buckets.length; i++) sum += v[e.buckets[i]];
      const p = sigmoid(bias + scale * sum * x);
      const g = (p - (e.positive ? 1 : 0)) * e.weight;
      const eta = o.lr / (1 + o.lr * o.l2 * step++);
      scale *= 1 - eta * o.l2;
      const delta = (eta * g * x) / scale;
      for (let i = 0; i < e.buckets.length; i++) v[e.buckets[i]] -= delta;
      bias -= eta * g;
      if (scale < 1e-6) {
        for (let i = 0; i < v.length; i++) v[i] *= scale;
        scale = 1;
      }
    }
  }
  for (let i = 0; i < v.length; i++) v[i] *= scale;
  return { weights: v, bias };
}
