import { describe, expect, it } from 'vitest';
import { trainTone } from '../../scripts/train/pipeline.js';
import { modelModule } from '../../scripts/train/emit.js';
import { holdOut, weightBySource, type TrainRow } from '../../scripts/train/data.js';
import { unpack } from '../../src/engine/checks/aggressive-tone/model-score.js';
import { modelFlagsWith } from './train-tone-helpers.js';

/** A tiny training set written for this test: two sources, both labels in each. */
function tinyRows(): TrainRow[] {
  const hostile = ['you are a worthless fool', 'shut your mouth, clown', 'nobody wants you here, loser', 'what a pathetic clown you are', 'get lost you fool', 'you absolute loser'];
  const calm = ['thanks for the update on the road works', 'the office opens at eight tomorrow', 'we enjoyed the festival in the park', 'please send the form again', 'the bus was on time today', 'lovely weather for a walk'];
  const rows: TrainRow[] = [];
  for (const [i, text] of hostile.entries()) rows.push({ text, label: 'aggressive', source: `${i % 2 ? 'a/one' : 'b/two'}:file.csv@1` });
  for (const [i, text] of calm.entries()) rows.push({ text, label: 'not', source: `${i % 2 ? 'a/one' : 'b/two'}:file.csv@1` });
  return rows;
}

const CONFIG = {
  lang: 'en' as const,
  spec: { seed: 11, bits: 12, minN: 3, maxN: 5 },
  epochs: 30,
  lr: 0.5,
  l2: 1e-5,
  heldOut: 0.34,
  maxFalseAlarm: 0.5,
};

describe('npm run train: seeded and reproducible', () => {
  it('writes the same module, byte for byte, on every run', () => {
    const first = modelModule(trainTone(tinyRows(), CONFIG).model, ['a/one', 'b/two']);
    const second = modelModule(trainTone(tinyRows(), CONFIG).model, ['a/one', 'b/two']);
    expect(second).toBe(first);
    const otherSeed = modelModule(trainTone(tinyRows(), { ...CONFIG, spec: { ...CONFIG.spec, seed: 12 } }).model, ['a/one', 'b/two']);
    expect(otherSeed).not.toBe(first);
  });

  it('learns the hostile words of its training rows', () => {
    const model = unpack(trainTone(tinyRows(), CONFIG).model);
    expect(modelFlagsWith(model, 'you worthless clown')).toBe(true);
    expect(modelFlagsWith(model, 'the office sent the form today')).toBe(false);
  });

  it('gives every source equal weight to both labels, and holds out each source and label alike', () => {
    const rows = tinyRows().filter((r) => !(r.source.startsWith('a/') && r.label === 'not' && r.text.includes('bus')));
    const weighted = weightBySource(rows);
    const total = (source: string, label: string) =>
      weighted.filter((r) => r.source.startsWith(source) && r.label === label).reduce((s, r) => s + r.weight, 0);
    expect(total('a/', 'aggressive')).toBeCloseTo(total('a/', 'not'), 10);
    expect(weighted.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(rows.length, 10);
    const { train, heldOut } = holdOut(weighted, 0.34, 1);
    expect(train.length + heldOut.length).toBe(rows.length);
    expect(new Set(heldOut.map((r) => `${r.source}${r.label}`)).size).toBe(4);
  });

  it('drops a source that gives one label only', () => {
    const rows = [...tinyRows(), { text: 'only angry rows here', label: 'aggressive' as const, source: 'c/three:x@1' }];
    expect(weightBySource(rows).some((r) => r.source.startsWith('c/'))).toBe(false);
  });
});
