// Speed, as ratios measured in one run: npm run bench. Prints numbers; never passes or fails on wall time.
import nlp from 'compromise';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../src/engine/analyzer.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { makePost } from '../test/bench/posts.js';
import { sentencesOf, toneModelPass } from './bench/tone-model.js';
import { adversarialRow } from './bench/adversarial.js';

const ruleset = loadRuleset();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// Warm up module-level lazy state (matchers, metadata) and the JIT before measuring.
for (let i = 0; i < 30; i++) {
  createAnalyzer(ruleset).analyze(makePost(280, 10_000 + i), { capacity: 'personal' });
  nlp(makePost(280, 20_000 + i));
}

const ROUNDS = 200;
const cold: number[] = [];
const parse280: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const text = makePost(280, i);
  // Interleaved so both see the same machine load.
  parse280.push(time(() => nlp(text)));
  cold.push(time(() => createAnalyzer(ruleset).analyze(text, { capacity: 'personal' })));
}

const long = makePost(5000, 1);
const parse5000: number[] = [];
const keystroke: number[] = [];
const analyzer = createAnalyzer(ruleset);
let draft = long;
analyzer.analyze(draft, { capacity: 'personal' });
for (let i = 0; i < ROUNDS; i++) {
  const at = 200 + ((i * 97) % 4500);
  draft = draft.slice(0, at) + 'x' + draft.slice(at);
  keystroke.push(time(() => analyzer.analyze(draft, { capacity: 'personal' })));
  if (i % 4 === 0) parse5000.push(time(() => nlp(long)));
}

// The tone models alone (featurise and score) on every sentence of a 280-char post, interleaved with parses of the same text.
const model280: number[] = [];
const parseForModel: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const text = makePost(280, 30_000 + i);
  parseForModel.push(time(() => nlp(text)));
  const sentences = sentencesOf(text);
  model280.push(time(() => toneModelPass(sentences)));
}

const rows = [
  ['cold analysis, 280-char post', median(cold), median(parse280), 0.5],
  ['re-analysis after one keystroke, 5,000-char post', median(keystroke), median(parse5000), 0.05],
  ['tone model on every sentence, 280-char post', median(model280), median(parseForModel), 0.05],
] as const;
console.log('Engine (median of interleaved runs; ratio to one compromise parse of the same text)');
console.log('measure'.padEnd(52), 'ours ms'.padStart(9), 'parse ms'.padStart(9), 'ratio'.padStart(7), 'target'.padStart(8));
for (const [name, ours, base, target] of rows) {
  const ratio = ours / base;
  console.log(
    name.padEnd(52),
    ours.toFixed(3).padStart(9),
    base.toFixed(3).padStart(9),
    ratio.toFixed(3).padStart(7),
    `<= ${target}`.padStart(8),
    ratio <= target ? 'met' : 'NOT MET',
  );
}

adversarialRow(ruleset);

// The content-script benchmark needs the built extension and Chromium.
if (existsSync('scripts/bench-content.mjs')) {
  console.log('');
  if (!existsSync('dist/chrome/manifest.json')) console.log('Content script: run `npm run build` first to measure it.');
  else spawnSync(process.execPath, ['scripts/bench-content.mjs'], { stdio: 'inherit' });
}
