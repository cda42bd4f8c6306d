// Reading the licensed training rows, weighting them by source, and the seeded held-out split.
import { readFileSync } from 'node:fs';

export interface TrainRow {
  text: string;
  label: 'aggressive' | 'not';
  source: string;
}

/** A row with the weight it carries in training: sources count as the mix says, not by how many rows they have. */
export interface WeightedRow extends TrainRow {
  weight: number;
}

export function readRows(path: string): TrainRow[] {
  const rows: TrainRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Partial<TrainRow>;
    if (typeof r.text !== 'string' || (r.label !== 'aggressive' && r.label !== 'not') || typeof r.source !== 'string') {
      throw new Error(`${path}: a row without text, label (aggressive|not) or source: ${line.slice(0, 80)}`);
    }
    rows.push({ text: r.text, label: r.label, source: r.source });
  }
  return rows;
}

/** "owner/repo:path@commit" -> "owner/repo": the dataset a row comes from, as the corpus names it too. */
export const datasetOf = (source: string) => source.split(':')[0];

/** Park-Miller-free, fast and exactly repeatable: mulberry32. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Weights so that every dataset gives the two labels equal total weight (the source cannot predict the label), each
 * dataset weighing as many rows as it has times `factor(dataset)` (1 unless said otherwise, e.g. less for a synthetic
 * test suite). Datasets with one label only are dropped. The weights add up to the number of rows kept.
 */
export function weightBySource(rows: TrainRow[], factor: (dataset: string) => number = () => 1): WeightedRow[] {
  const counts = new Map<string, number>();
  const key = (d: string, label: string) => `${d}\u0000${label}`;
  for (const r of rows) counts.set(key(datasetOf(r.source), r.label), (counts.get(key(datasetOf(r.source), r.label)) ?? 0) + 1);
  const kept = rows.filter((r) => counts.has(key(datasetOf(r.source), 'aggressive')) && counts.has(key(datasetOf(r.source), 'not')));
  const mass = (d: string) => ((counts.get(key(d, 'aggressive')) ?? 0) + (counts.get(key(d, 'not')) ?? 0)) * factor(d);
  const datasets = [...new Set(kept.map((r) => datasetOf(r.source)))];
  const totalMass = datasets.reduce((s, d) => s + mass(d), 0);
  return kept.map((r) => {
    const d = datasetOf(r.source);
    const weight = (kept.length * mass(d)) / totalMass / 2 / counts.get(key(d, r.label))!;
    return { ...r, weight };
  });
}

/** A seeded split stratified by dataset and label: `share` of each stratum is held out. */
export function holdOut<T extends TrainRow>(rows: T[], share: number, seed: number): { train: T[]; heldOut: T[] } {
  const strata = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${datasetOf(r.source)}\u0000${r.label}`;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key)!.push(r);
  }
  const random = rng(seed);
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const key of [...strata.keys()].sort()) {
    const mixed = shuffle(strata.get(key)!, random);
    const cut = Math.round(mixed.length * share);
    heldOut.push(...mixed.slice(0, cut));
    train.push(...mixed.slice(cut));
  }
  return { train, heldOut };
}
