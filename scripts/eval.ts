// Scores every check on the labelled corpus: npm run eval [-- DIR] [--check ID] [--errors N]
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../src/engine/analyzer.js';
import { loadRuleset } from '../src/engine/ruleset.js';
import type { Capacity } from '../src/engine/types.js';

interface Row {
  text: string;
  label?: string;
  lang?: string;
  source?: string;
  subset?: string;
  capacity?: Capacity;
  site?: string;
  expect?: Record<string, boolean>;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const onlyCheck = flag('--check');
const showErrors = Number(flag('--errors') ?? 0);
const dir = resolve(args[0] ?? join(import.meta.dirname, '../../shared/corpus'));
if (!existsSync(dir)) {
  console.error(`eval: corpus folder not found: ${dir}`);
  process.exit(2);
}

/** Each labelled file, the check it measures, the positive label, and the acceptance targets. */
const SUITES = [
  { file: 'pii.dev.jsonl', check: 'personal-details', positive: 'pii', targets: { all: 0.92 } as Record<string, number> },
  { file: 'aggressive.dev.jsonl', check: 'aggressive-tone', positive: 'aggressive', targets: { en: 0.8, ar: 0.65 } as Record<string, number> },
  { file: 'commitment.dev.jsonl', check: 'commitment', positive: 'commitment', targets: { all: 0.78 } as Record<string, number> },
];

const analyzer = createAnalyzer(loadRuleset());
const read = (file: string): Row[] =>
  readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

/** "owner/repo:path/to/file.tsv" -> "repo:file.tsv", enough to tell sources apart. */
const shortSource = (source: string) =>
  source.split(' + ').map((s) => s.replace(/^[^/]+\/([^:]+):(?:.*\/)?([^/]+)$/, '$1:$2')).join(' + ');

class Score {
  tp = 0; fp = 0; fn = 0; tn = 0;
  add(truth: boolean, predicted: boolean) {
    if (truth && predicted) this.tp++;
    else if (!truth && predicted) this.fp++;
    else if (truth) this.fn++;
    else this.tn++;
  }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f1() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
  get n() { return this.tp + this.fp + this.fn + this.tn; }
  line(name: string) {
    const f = (x: number) => x.toFixed(3);
    return `  ${name.padEnd(58)} n=${String(this.n).padStart(5)}  P=${f(this.p)}  R=${f(this.r)}  F1=${f(this.f1)}`;
  }
}

let unmet = 0;
for (const suite of SUITES) {
  if (onlyCheck && onlyCheck !== suite.check) continue;
  if (!existsSync(join(dir, suite.file))) continue;
  const groups = new Map<string, Score>();
  const bump = (key: string, truth: boolean, predicted: boolean) => {
    if (!groups.has(key)) groups.set(key, new Score());
    groups.get(key)!.add(truth, predicted);
  };
  const errors: string[] = [];
  for (const row of read(suite.file)) {
    const findings = analyzer.analyze(row.text, { capacity: row.capacity ?? 'unknown', site: row.site });
    const hits = findings.filter((f) => f.check === suite.check);
    const truth = row.label === suite.positive;
    const predicted = hits.length > 0;
    bump('all', truth, predicted);
    if (row.lang) bump(`lang=${row.lang}`, truth, predicted);
    if (row.source) bump(`source=${shortSource(row.source)}`, truth, predicted);
    if (row.subset !== 'validator_negative') bump('all without validator negatives', truth, predicted);
    if (truth !== predicted && errors.length < showErrors) {
      errors.push(`  ${truth ? 'MISSED' : 'FALSE '} ${JSON.stringify(row.text.slice(0, 160))}${hits.length ? ' <- ' + hits.map((h) => h.rule).join(',') : ''}`);
    }
  }
  console.log(`\n${suite.check} (${suite.file})`);
  const keys = [...groups.keys()].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  if (groups.get('all without validator negatives')?.n === groups.get('all')?.n) groups.delete('all without validator negatives');
  for (const key of keys) if (groups.has(key)) console.log(groups.get(key)!.line(key));
  for (const [slice, target] of Object.entries(suite.targets)) {
    const score = groups.get(slice === 'all' ? 'all' : `lang=${slice}`);
    if (!score) continue;
    const ok = score.f1 >= target;
    if (!ok) unmet++;
    console.log(`  target F1 ${slice} >= ${target}: ${score.f1.toFixed(3)} ${ok ? 'met' : 'NOT MET'}`);
  }
  for (const e of errors) console.log(e);
}

const scenarioFile = join(dir, 'scenarios.dev.jsonl');
if (existsSync(scenarioFile) && !onlyCheck) {
  let met = 0;
  let total = 0;
  const failures: string[] = [];
  read('scenarios.dev.jsonl').forEach((row, i) => {
    const findings = analyzer.analyze(row.text, { capacity: row.capacity ?? 'unknown', site: row.site });
    for (const [check, expected] of Object.entries(row.expect ?? {})) {
      total++;
      const got = findings.some((f) => f.check === check);
      if (got === expected) met++;
      else failures.push(`  line ${i + 1}: ${check} expected ${expected ? 'a finding' : 'none'}, got ${got ? findings.filter((f) => f.check === check).map((f) => f.rule).join(',') : 'none'} (${row.capacity})`);
    }
  });
  console.log(`\nscenarios: ${met}/${total} expectations met`);
  for (const f of failures) console.log(f);
  if (met !== total) unmet++;
}

console.log(unmet ? `\n${unmet} target(s) not met` : '\nall targets met');
