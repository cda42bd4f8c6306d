// post-coach check: findings for one draft (arguments or standard input) or for every line of a JSONL file.
import { createAnalyzer, type Analyzer } from '../engine/analyzer.js';
import type { Capacity, Lang, Ruleset, Severity } from '../engine/types.js';
import { oneOf, parseOptions, stringOption } from './args.js';
import { CliError, EXIT } from './cli-error.js';
import { reportCheckErrors } from './check-errors.js';
import { formatFinding, metaIndex, moreLine, reaches, resultJson, summary } from './format.js';
import { lines, readStdin, write } from './io.js';
import { langOption } from './lang.js';
import { printableJson } from '../shared/printable.js';
import { loadRulesetFiles } from './ruleset-file.js';
import { CAPACITIES, contextFor, parseSampleLine, type ContextDefaults } from './samples.js';

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

export const help = `Usage: post-coach check [options] [TEXT...]
       post-coach check --jsonl FILE|- [options]

Checks a draft post against the ruleset and lists what to look at before posting.
The draft is TEXT (words joined by spaces), or standard input when no TEXT is given.

Options:
  --ruleset FILE      the organisation's ruleset JSON, layered over the built-in one as the
                      extension layers a managed ruleset (default: built-in only)
  --personal FILE     a person's own settings (as imported on the options page), layered
                      over both where the organisation's ruleset does not lock them
  --capacity C        official, personal or unknown (default: official when --site and
                      --account name one of the ruleset's official accounts, else unknown)
  --site HOST         site the post is for, e.g. x.com
  --account HANDLE    account posting, e.g. @OmanMDS
  --reply-to TEXT     text of the post being replied to
  --lang L            ar or en: the language of every message, why and suggestion, in text,
                      JSON and JSONL (default: ar when LC_ALL, LC_MESSAGES or LANG names an
                      Arabic locale such as ar_OM.UTF-8, else en); the quoted words stay as typed
  --format F          text (default) or json: {"findings":[...]}, with "omitted":{"count","partial"}
                      when more were found than are listed and "errors" when a check failed
  --fail-on S         lowest severity that makes the exit code 1: info (default), warning, error
  --jsonl FILE        one JSON object per line: {"text", "capacity"?, "site"?, "account"?, "replyTo"?};
                      prints exactly one line per input line: {"findings":[...]} or {"error":"line N: ..."};
                      "-" reads standard input
  -h, --help          show this help

Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 bad input
(including any bad --jsonl line; the other lines are still checked), 3 a check failed
(named on standard error and under "errors" in JSON; the other checks still ran).`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions('check', args, {
    ruleset: { type: 'string' },
    personal: { type: 'string' },
    capacity: { type: 'string' },
    site: { type: 'string' },
    account: { type: 'string' },
    'reply-to': { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    jsonl: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(`${help}\n`);
    return EXIT.ok;
  }
  const defaults: ContextDefaults = {
    capacity: oneOf<Capacity>('capacity', values.capacity, CAPACITIES),
    site: stringOption(values.site),
    account: stringOption(values.account),
    replyTo: stringOption(values['reply-to']),
  };
  const lang = langOption(values.lang);
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const failOn = oneOf('fail-on', values['fail-on'], SEVERITIES) ?? 'info';
  const jsonl = stringOption(values.jsonl);
  if (jsonl !== undefined && positionals.length) throw new CliError('check: give TEXT or --jsonl, not both');
  if (jsonl !== undefined && values.format !== undefined) throw new CliError('check: --jsonl always writes JSON lines; drop --format');

  const ruleset = await loadRulesetFiles({ managed: stringOption(values.ruleset), personal: stringOption(values.personal) });
  const analyzer = createAnalyzer(ruleset);
  if (jsonl !== undefined) return checkLines(analyzer, ruleset, jsonl, defaults, failOn, lang);

  if (!positionals.length && process.stdin.isTTY) process.stderr.write('Reading the draft from standard input; end it with Ctrl-D.\n');
  const text = positionals.length ? positionals.join(' ') : await readStdin();
  const result = analyzer.analyzeDetailed(text, { ...contextFor(ruleset, {}, defaults), lang });
  const { findings, errors } = result;
  reportCheckErrors(errors);
  if (format === 'json') {
    await write(`${printableJson(resultJson(result))}\n`);
  } else {
    const metas = metaIndex(ruleset);
    const blocks = findings.map((f) => formatFinding(text, f, metas, '', lang));
    const more = moreLine(result.omitted, lang);
    await write([...blocks, ...(more ? [more] : []), summary(findings, lang)].join('\n\n') + '\n');
  }
  if (errors.length) return EXIT.internal;
  return reaches(findings, failOn) ? EXIT.findings : EXIT.ok;
}

/** One output line per input line, streamed; a bad line gets {"error"} and the rest go on. */
async function checkLines(analyzer: Analyzer, ruleset: Ruleset, path: string, defaults: ContextDefaults, failOn: Severity, lang: Lang): Promise<number> {
  let n = 0;
  let bad = false;
  let flagged = false;
  let failed = false;
  for await (const line of await lines(path)) {
    n++;
    const parsed = parseSampleLine(line, n);
    if ('error' in parsed) {
      bad = true;
      await write(`${printableJson({ error: parsed.error })}\n`);
      continue;
    }
    const result = analyzer.analyzeDetailed(parsed.sample.text, { ...contextFor(ruleset, parsed.sample, defaults), lang });
    if (reaches(result.findings, failOn)) flagged = true;
    if (result.errors.length) failed = true;
    reportCheckErrors(result.errors, `line ${n}: `);
    await write(`${printableJson(resultJson(result))}\n`);
  }
  return failed ? EXIT.internal : bad ? EXIT.badInput : flagged ? EXIT.findings : EXIT.ok;
}
