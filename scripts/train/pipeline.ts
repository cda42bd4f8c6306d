// One language's model from its training rows: weight by source, hold out a split, train, quantise, choose the threshold.
import { normalize } from '../../src/engine/normalize.js';
import { featurise, type FeatureSpec } from '../../src/engine/checks/aggressive-tone/model-features.js';
import { encodeBase64, logit, unpack, type PackedToneModel } from '../../src/engine/checks/aggressive-tone/model-score.js';
import { holdOut, weightBySource, type TrainRow, type WeightedRow } from './data.js';
import { trainLogistic, type Example } from './logistic.js';
import { chooseThreshold, quantise } from './quantise.js';

export interface ToneTrainConfig {
  lang: 'en' | 'ar';
  spec: FeatureSpec;
  epochs: number;
  lr: number;
  l2: number;
  /** Share of each dataset and label held out to choose the threshold. */
  heldOut: number;
  /** Largest share of the held-out `not` rows the model may flag. */
  maxFalseAlarm: number;
  /** Factor on a dataset's weight in the mix (1 when absent), e.g. to keep synthetic test suites a minority. */
  shares?: Record<string, number>;
}

export interface TrainReport {
  rows: number;
  heldOut: number;
  precision: number;
  recall: number;
  falseAlarm: number;
  nonZero: number;
}

/** The features the engine would see: the same normalisation, then the shared featuriser. */
export function exampleOf(row: WeightedRow, spec: FeatureSpec): Example {
  return { buckets: featurise(normalize(row.text).text, spec).buckets, positive: row.label === 'aggressive', weight: row.weight };
}

export function trainTone(rows: TrainRow[], config: ToneTrainConfig): { model: PackedToneModel; report: TrainReport } {
  const weighted = weightBySource(rows, (d) => config.shares?.[d] ?? 1);
  const { train, heldOut } = holdOut(weighted, config.heldOut, config.spec.seed);
  const examples = train.map((r) => exampleOf(r, config.spec));
  const float = trainLogistic(examples, { bits: config.spec.bits, epochs: config.epochs, lr: config.lr, l2: config.l2, seed: config.spec.seed });
  const { weights, scale } = quantise(float);
  const bias = Number(float.bias.toPrecision(12));
  const draft: PackedToneModel = {
    lang: config.lang,
    spec: config.spec,
    scale,
    bias,
    threshold: 0,
    weights: encodeBase64(new Uint8Array(weights.buffer)),
  };
  // The threshold is chosen with the int8 model exactly as the engine will run it.
  const engineModel = unpack(draft);
  const scored = heldOut.map((r) => ({
    logit: logit(engineModel, featurise(normalize(r.text).text, config.spec)),
    positive: r.label === 'aggressive',
    weight: r.weight,
  }));
  const chosen = chooseThreshold(scored, config.maxFalseAlarm);
  let nonZero = 0;
  for (const w of weights) if (w !== 0) nonZero++;
  return {
    model: { ...draft, threshold: chosen.threshold },
    report: { rows: train.length, heldOut: heldOut.length, ...chosen, nonZero },
  };
}
