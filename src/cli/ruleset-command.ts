// post-coach ruleset validate | test: a manager's checks on a ruleset before distributing it.
import { createAnalyzer } from '../engine/analyzer.js';
import { formatProblem, validateRuleset } from '../ruleset/validate.js';
import { sizeProblem, utf8Length } from '../ruleset/limits.js';
import type { Context, Finding, Lang } from '../engine/types.js';
import { parseOptions, stringOption } from './args.js';
import { langOption } from './lang.js';
import { CliError, EXIT } from './cli-error.js';
import { reportCheckErrors } from './check-errors.js';
import { metaIndex, quote } from './format.js';
import { lines, parseJson, readTextFile, write } from './io.js';
import { printable } from '../shared/printable.js';
import { loadRulesetFiles } from './ruleset-file.js';
import { contextFor, parseSampleLine, type Sample } from './samples.js';

export const help = `Usage: post-coach ruleset validate FILE...
       post-coach ruleset test FILE --samples POSTS.jsonl [--personal FILE] [--lang ar|en]

validate  checks each ruleset against the schema and the rules a schema cannot express
          (patterns RE2 accepts, unique rule ids, phone numbers that parse); prints
          "FILE: valid" or each problem as "FILE: /json/pointer: message".
          Exit 0 when all are valid, 2 otherwise.
test      runs every sample through the ruleset in force in the extension when FILE is
          deployed (built-in <- FILE <- the --personal settings where FILE does not lock
          them) and shows what each would trigger. POSTS.jsonl has one object per line:
          {"text", "capacity"?, "site"?, "account"?, "replyTo"?, "expect"?}, where
          "expect" maps check ids to true (must fire) or false (must not fire).
          Exit 0 when every expectation is met, 1 when one is not, 2 on bad input,
          3 when a check failed on a sample (named on standard error).

Options:
  --samples FILE   the posts to test with ("-" reads standard input)
  --personal FILE  a person's own settings, as imported on the options page
  --lang L         ar or en: the language of the check titles and messages (default: ar when
                   LC_ALL, LC_MESSAGES or LANG names an Arabic locale, else en)
  -h, --help       show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions('ruleset', args, {
    samples: { type: 'string' },
    personal: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const [sub, ...files] = positionals;
  if (values.help) {
    await write(`${help}\n`);
    return EXIT.ok;
  }
  if (sub === 'validate') {
    if (values.samples !== undefined) throw new CliError('ruleset validate: --samples belongs to ruleset test');
    if (values.personal !== undefined) throw new CliError('ruleset validate: --personal belongs to ruleset test');
    if (values.lang !== undefined) throw new CliError('ruleset validate: --lang belongs to ruleset test');
    if (!files.length) throw new CliError('ruleset validate: give the ruleset FILE to validate');
    return validateFiles(files);
  }
  if (sub === 'test') {
    if (files.length !== 1) throw new CliError('ruleset test: give exactly one ruleset FILE');
    const samples = stringOption(values.samples);
    if (samples === undefined) throw new CliError('ruleset test: --samples POSTS.jsonl is required');
    return testRuleset(files[0], samples, stringOption(values.personal), langOption(values.lang));
  }
  throw new CliError(sub === undefined ? 'ruleset: say validate or test; see post-coach ruleset --help' : `ruleset: unknown subcommand "${sub}"; use validate or test`);
}

async function validateFiles(files: string[]): Promise<number> {
  let invalid = false;
  for (const file of files) {
    const text = await readTextFile(file);
    const tooLarge = sizeProblem(utf8Length(text)); // before parsing, however large the file
    const problems = tooLarge.length ? tooLarge : validateRuleset(parseJson(file, text));
    if (problems.length) invalid = true;
    await write(problems.length ? problems.map((p) => `${printable(file)}: ${printable(formatProblem(p))}\n`).join('') : `${printable(file)}: valid\n`);
  }
  return invalid ? EXIT.badInput : EXIT.ok;
}

async function testRuleset(file: string, samplesPath: string, personal: string | undefined, lang: Lang): Promise<number> {
  const ruleset = await loadRulesetFiles({ managed: file, personal });
  const analyzer = createAnalyzer(ruleset);
  const metas = metaIndex(ruleset);
  const byCheck = new Map<string, number>();
  let n = 0;
  let bad = 0;
  let flagged = 0;
  let met = 0;
  let unmet = 0;
  let failed = false;
  for await (const line of await lines(samplesPath)) {
    n++;
    const parsed = parseSampleLine(line, n);
    if ('error' in parsed) {
      bad++;
      await write(`${printable(parsed.error)}\n\n`);
      continue;
    }
    const context: Context = { ...contextFor(ruleset, parsed.sample, {}), lang };
    const { findings, errors } = analyzer.analyzeDetailed(parsed.sample.text, context);
    if (errors.length) failed = true;
    reportCheckErrors(errors, `line ${n}: `);
    if (findings.length) flagged++;
    for (const check of new Set(findings.map((f) => f.check))) byCheck.set(check, (byCheck.get(check) ?? 0) + 1);
    const out = [`line ${n} ${describeContext(context)} ${quote(parsed.sample.text, 70)}`];
    for (const f of findings) {
      const title = metas.get(f.check)?.title[lang] ?? f.check;
      out.push(`  ${f.severity} ${f.check}/${f.rule} (${title}) ${quote(parsed.sample.text.slice(f.start, f.end), 40)}: ${f.message}`);
    }
    if (!findings.length) out.push('  no findings');
    const verdict = expectations(parsed.sample, findings);
    if (verdict) {
      out.push(`  ${verdict.text}`);
      if (verdict.ok) met++;
      else unmet++;
    }
    await write(`${out.map(printable).join('\n')}\n\n`);
  }
  const checks = [...byCheck].sort(([a], [b]) => a.localeCompare(b)).map(([c, k]) => `${c} ${k}`);
  let total = `${n} sample${n === 1 ? '' : 's'}: ${flagged} with findings${checks.length ? ` (${checks.join(', ')})` : ''}, ${n - flagged - bad} without`;
  if (bad) total += `, ${bad} unreadable`;
  if (met + unmet) total += `; expectations met in ${met} of ${met + unmet}`;
  await write(`${printable(total)}\n`);
  return failed ? EXIT.internal : bad ? EXIT.badInput : unmet ? EXIT.findings : EXIT.ok;
}

function describeContext(context: Context): string {
  return `[${[context.capacity, context.site, context.account].filter(Boolean).join(', ')}]`;
}

/** "expected: commitment yes, personal-details no: met" or which ones were not met. */
function expectations(sample: Sample, findings: Finding[]): { ok: boolean; text: string } | null {
  if (!sample.expect || !Object.keys(sample.expect).length) return null;
  const fired = new Set(findings.map((f) => f.check));
  const wanted = Object.entries(sample.expect);
  const missed = wanted.filter(([check, want]) => fired.has(check) !== want);
  const list = wanted.map(([check, want]) => `${check} ${want ? 'yes' : 'no'}`).join(', ');
  if (!missed.length) return { ok: true, text: `expected: ${list}: met` };
  const why = missed.map(([check, want]) => (want ? `${check} did not fire` : `${check} fired`)).join(', ');
  return { ok: false, text: `expected: ${list}: NOT MET (${why})` };
}
