// Scores every check on every labelled file of the corpus: npm run eval [-- DIR] [--check ID] [--file NAME] [--errors N]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, type Analyzer } from '../src/engine/analyzer.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { overlay } from '../src/ruleset/layers.js';
import { CHECK_IDS } from '../src/engine/checks/index.js';
import type { Capacity } from '../src/engine/types.js';
import { Score, shortSource } from './eval/score.js';
import { printLeaveOneSourceOut } from './eval/loso.js';

export interface Row {
  text: string;
  label?: string;
  lang?: string;
  source?: string;
  subset?: string;
  tags?: string[];
  capacity?: Capacity;
  site?: string;
  organisation?: string;
  /** The post this row replies to, when it is a reply. */
  replyTo?: string;
  expect?: Record<string, boolean>;
}

/** Each labelled file, the check it measures, its positive label (absent: the row's `expect`), and the F1 targets per slice. */
interface Suite {
  file: string;
  check: string;
  positive?: string;
  targets: Record<string, number>;
  /** Folder of the file when it is not the corpus: scenarios written for this project's newer checks. */
  dir?: string;
}

/** Scenario files kept in the repository, for checks the shared corpus has no rows for. */
const OWN_SCENARIOS = join(import.meta.dirname, '../test/scenarios');

const SUITES: Suite[] = [
  { file: 'pii.dev.jsonl', check: 'personal-details', positive: 'pii', targets: { en: 0.98 } },
  { file: 'pii.ar.dev.jsonl', check: 'personal-details', positive: 'pii', targets: { ar: 0.95 } },
  { file: 'aggressive.dev.jsonl', check: 'aggressive-tone', positive: 'aggressive', targets: { en: 0.87, ar: 0.8 } },
  { file: 'aggressive.ar-staff.dev.jsonl', check: 'aggressive-tone', positive: 'aggressive', targets: { ar: 0.85 } },
  { file: 'commitment.dev.jsonl', check: 'commitment', positive: 'commitment', targets: { all: 0.78 } },
  { file: 'commitment.en-official.dev.jsonl', check: 'commitment', positive: 'commitment', targets: { en: 0.95 } },
  { file: 'commitment.ar.dev.jsonl', check: 'commitment', positive: 'commitment', targets: { ar: 0.9 } },
  { file: 'disclosure.dev.jsonl', check: 'affiliation-disclosure', targets: { all: 0.9 } },
  { file: 'confidential-information.dev.jsonl', check: 'confidential-information', targets: { en: 0.9, ar: 0.9 }, dir: OWN_SCENARIOS },
  { file: 'accusation.dev.jsonl', check: 'accusation', targets: { en: 0.85, ar: 0.85 }, dir: OWN_SCENARIOS },
  { file: 'impartiality.dev.jsonl', check: 'impartiality', targets: { en: 0.9, ar: 0.9 }, dir: OWN_SCENARIOS },
  { file: 'case-details.dev.jsonl', check: 'case-details', targets: { en: 0.85, ar: 0.85 }, dir: OWN_SCENARIOS },
  { file: 'channel.dev.jsonl', check: 'channel', targets: { en: 0.85, ar: 0.85 }, dir: OWN_SCENARIOS },
];
/** Largest share of the other files' `not` rows on which a check may fire: 2% for every check but the first four. */
const FALSE_ALARM_TARGET = 0.02;
/** The first four checks keep the 3% they were measured against. */
const FALSE_ALARM_TARGET_FIRST_FOUR = 0.03;
const FIRST_FOUR = new Set(['personal-details', 'affiliation-disclosure', 'commitment', 'aggressive-tone']);
const falseAlarmTarget = (id: string) => (FIRST_FOUR.has(id) ? FALSE_ALARM_TARGET_FIRST_FOUR : FALSE_ALARM_TARGET);

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const onlyCheck = flag('--check');
const onlyFile = flag('--file');
const showErrors = Number(flag('--errors') ?? 0);
const dir = resolve(args[0] ?? join(import.meta.dirname, '../../shared/corpus'));
if (!existsSync(dir)) {
  console.error(`eval: corpus folder not found: ${dir}`);
  process.exit(2);
}

const base = loadRuleset();
const builtIn = createAnalyzer(base);
const byOrganisation = new Map<string, Analyzer>();
/** Disclosure rows name the organisation the writer works for: score them with a ruleset that says so. */
function analyzerFor(row: Row): Analyzer {
  if (!row.organisation) return builtIn;
  let a = byOrganisation.get(row.organisation);
  if (!a) byOrganisation.set(row.organisation, (a = createAnalyzer(overlay(base, { organisation: { name: row.organisation } }))));
  return a;
}
const read = (file: string, from = dir): Row[] =>
  readFileSync(join(from, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const firedChecks = (row: Row) =>
  new Set(analyzerFor(row).analyze(row.text, { capacity: row.capacity ?? 'unknown', site: row.site, replyTo: row.replyTo }).map((f) => f.check));

let unmet = 0;
/** check id -> how often it fired on the `not` rows of files that measure other checks. */
const falseAlarms = new Map<string, Score>(CHECK_IDS.map((id) => [id, new Score()]));

for (const suite of SUITES) {
  if (!existsSync(join(suite.dir ?? dir, suite.file))) continue;
  const scoring = (!onlyCheck || onlyCheck === suite.check) && (!onlyFile || onlyFile === suite.file);
  const groups = new Map<string, Score>();
  const bump = (key: string, truth: boolean, predicted: boolean) => {
    if (!groups.has(key)) groups.set(key, new Score());
    groups.get(key)!.add(truth, predicted);
  };
  const errors: string[] = [];
  for (const row of read(suite.file, suite.dir)) {
    const fired = firedChecks(row);
    const truth = suite.positive ? row.label === suite.positive : row.expect?.[suite.check];
    if (truth === undefined) continue;
    if (row.label === 'not') {
      for (const id of CHECK_IDS) if (id !== suite.check) falseAlarms.get(id)!.add(false, fired.has(id));
    }
    if (!scoring) continue;
    const predicted = fired.has(suite.check);
    bump('all', truth, predicted);
    if (row.lang) bump(`lang=${row.lang}`, truth, predicted);
    if (row.source) bump(`source=${shortSource(row.source)}`, truth, predicted);
    if (row.capacity) bump(`capacity=${row.capacity}`, truth, predicted);
    for (const tag of row.tags ?? []) bump(`tag=${tag}`, truth, predicted);
    if (row.subset !== undefined && row.subset !== 'validator_negative') bump('all without validator negatives', truth, predicted);
    if (truth !== predicted && errors.length < showErrors) errors.push(`  ${truth ? 'MISSED' : 'FALSE '} ${JSON.stringify(row.text.slice(0, 160))}`);
  }
  if (!scoring) continue;
  console.log(`\n${suite.check} (${suite.file})`);
  const order = (k: string) => (k === 'all' ? '0' : k.startsWith('all') ? '1' + k : k.startsWith('lang=') ? '2' + k : '3' + k);
  for (const key of [...groups.keys()].sort((a, b) => order(a).localeCompare(order(b)))) console.log(groups.get(key)!.line(key));
  for (const [slice, target] of Object.entries(suite.targets)) {
    const score = groups.get(slice === 'all' ? 'all' : `lang=${slice}`);
    if (!score) continue;
    const ok = score.f1 >= target;
    if (!ok) unmet++;
    console.log(`  target F1 ${slice} >= ${target}: ${score.f1.toFixed(3)} ${ok ? 'met' : 'NOT MET'}`);
  }
  for (const e of errors) console.log(e);
}

if (!onlyFile) {
  console.log(
    `\nfalse alarms: how often each check stays quiet on the \`not\` rows of the files that measure other checks ` +
      `(target: quiet on >= ${100 - FALSE_ALARM_TARGET * 100}%, the first four checks >= ${100 - FALSE_ALARM_TARGET_FIRST_FOUR * 100}%)`,
  );
  for (const [id, score] of falseAlarms) {
    if (onlyCheck && onlyCheck !== id) continue;
    const target = falseAlarmTarget(id);
    const rate = score.n ? score.fp / score.n : 0;
    const ok = rate <= target;
    if (!ok) unmet++;
    const quiet = `quiet on ${String(score.n - score.fp).padStart(5)} of ${String(score.n).padStart(5)} = ${((1 - rate) * 100).toFixed(1).padStart(5)}%`;
    const verdict = ok ? 'met' : `NOT MET (fires on ${(rate * 100).toFixed(1)}%, more than ${target * 100}%)`;
    console.log(`  ${id.padEnd(26)} ${quiet}  target >= ${100 - target * 100}%: ${verdict}`);
  }
}

// The tone models scored with each corpus source left out of their training.
if (!onlyFile && (!onlyCheck || onlyCheck === 'aggressive-tone')) printLeaveOneSourceOut(dir, read);

const scenarioFile = join(dir, 'scenarios.dev.jsonl');
if (existsSync(scenarioFile) && !onlyCheck && !onlyFile) {
  let met = 0;
  let total = 0;
  const failures: string[] = [];
  read('scenarios.dev.jsonl').forEach((row, i) => {
    const fired = firedChecks(row);
    for (const [check, expected] of Object.entries(row.expect ?? {})) {
      total++;
      if (fired.has(check) === expected) met++;
      else failures.push(`  line ${i + 1}: ${check} expected ${expected ? 'a finding' : 'none'} (${row.capacity})`);
    }
  });
  console.log(`\nscenarios: ${met}/${total} expectations met`);
  for (const f of failures) console.log(f);
  if (met !== total) unmet++;
}

const unscored = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'scenarios.dev.jsonl' && !SUITES.some((s) => s.file === f));
if (unscored.length) console.log(`\nnot scored (no suite names them): ${unscored.join(', ')}`);
console.log(unmet ? `\n${unmet} target(s) not met` : '\nall targets met');
