// Doubling a hostile draft must at most about double the analysis time: for each family, time(2n)/time(n) in one run.
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { MAX_SEGMENT } from '../../src/engine/segment.js';
import type { Ruleset } from '../../src/engine/types.js';
import { FAMILIES, draftOf, type Family } from './adversarial-inputs.js';

/** Worst time(2n)/time(n) that still counts as linear: 2 plus room for noise on a shared machine. */
export const RATIO_TARGET = 2.5;
/** Each timed measurement lasts at least this long, so timer and scheduler noise stay small beside it. */
const MIN_MS = 50;
/** Longest whole draft tried while looking for a length that takes MIN_MS. */
const MAX_LENGTH = 8_000_000;
const REPEATS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU milliseconds for `runs` analyses of `text`, each by a fresh analyzer so no sentence comes from an earlier run's cache. */
function timeRuns(ruleset: Ruleset, text: string, runs: number): number {
  const analyzers = Array.from({ length: runs }, () => createAnalyzer(ruleset));
  // CPU time, not wall time: the machine is shared, and time spent waiting for a core is not the engine's work.
  const t = process.cpuUsage();
  for (const a of analyzers) a.analyze(text, { capacity: 'personal' });
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

/** Median times at n and 2n, interleaved so both see the same machine load. */
function pair(ruleset: Ruleset, small: string, large: string, runs: number): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    a.push(timeRuns(ruleset, small, runs));
    b.push(timeRuns(ruleset, large, runs));
  }
  return [median(a), median(b)];
}

interface Row {
  family: string;
  /** Whole draft: its length n, and time(n), time(2n) for one analysis. */
  n: number;
  draft: [number, number];
  /** One sentence of half and all of MAX_SEGMENT, analysed `runs` times per measurement. */
  runs: number;
  sentence: [number, number];
}

function measure(ruleset: Ruleset, family: Family): Row {
  // With a margin over MIN_MS, so the median of the timed runs stays above it too.
  let n = 2_000;
  while (n < MAX_LENGTH && timeRuns(ruleset, draftOf(family, n), 1) < 1.5 * MIN_MS) n *= 2;
  const draft = pair(ruleset, draftOf(family, n), draftOf(family, 2 * n), 1);

  // Within one sentence the engine's own work must be linear too: drafts shorter than a segment, so none is cut or cached.
  const half = draftOf(family, MAX_SEGMENT / 2 - 10);
  const full = draftOf(family, MAX_SEGMENT - 20);
  let runs = 8;
  while (runs < 100_000 && timeRuns(ruleset, half, runs) < 1.5 * MIN_MS) runs *= 2;
  const sentence = pair(ruleset, half, full, runs);
  return { family: family.name, n, draft, runs, sentence };
}

/** Prints one line per family and the worst ratio with met / NOT MET against RATIO_TARGET. */
export function adversarialRow(ruleset: Ruleset): void {
  const rows: Row[] = [];
  console.log('');
  console.log(`Adversarial drafts (median of ${REPEATS}; each measurement >= ${MIN_MS} CPU ms; ratio = time(2n) / time(n))`);
  console.log(
    'family'.padEnd(30),
    'n'.padStart(9),
    't(n) ms'.padStart(9),
    't(2n) ms'.padStart(9),
    'ratio'.padStart(6),
    '|',
    'sentence'.padStart(8),
    'ratio'.padStart(6),
  );
  for (const family of FAMILIES) {
    const row = measure(ruleset, family);
    rows.push(row);
    console.log(
      row.family.padEnd(30),
      String(row.n).padStart(9),
      row.draft[0].toFixed(1).padStart(9),
      row.draft[1].toFixed(1).padStart(9),
      (row.draft[1] / row.draft[0]).toFixed(2).padStart(6),
      '|',
      `${MAX_SEGMENT / 2 - 10}->${MAX_SEGMENT - 20}`.padStart(8),
      (row.sentence[1] / row.sentence[0]).toFixed(2).padStart(6),
    );
  }
  const ratios = rows.flatMap((r) => [
    { what: `${r.family}, whole draft`, ratio: r.draft[1] / r.draft[0] },
    { what: `${r.family}, one sentence`, ratio: r.sentence[1] / r.sentence[0] },
  ]);
  const worst = ratios.reduce((w, r) => (r.ratio > w.ratio ? r : w));
  console.log(
    'worst ratio'.padEnd(30),
    worst.ratio.toFixed(2).padStart(6),
    `(${worst.what})`,
    `<= ${RATIO_TARGET}`,
    worst.ratio <= RATIO_TARGET ? 'met' : 'NOT MET',
  );
}
