// post-coach policy FILE --target T: the file that deploys a ruleset to staff browsers by enterprise policy.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { managedToRuleset } from '../policy/keys.js';
import { managedFromRuleset } from '../policy/read.js';
import { deepEqual } from '../shared/json.js';
import { formatProblem, validateRuleset } from '../ruleset/validate.js';
import type { Ruleset } from '../engine/types.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../shared/extension-id.js';
import { oneOf, parseOptions, stringOption } from './args.js';
import { CliError, EXIT } from './cli-error.js';
import { parseJson, readTextFile, write } from './io.js';
import { printable } from '../shared/printable.js';
import { admx } from '../policy/targets/admx.js';
import { chromeLinux } from '../policy/targets/chrome-linux.js';
import { firefoxPolicies } from '../policy/targets/firefox.js';
import { googleAdmin } from '../policy/targets/google-admin.js';
import { chromeMacPlist } from '../policy/targets/mac-plist.js';
import { PLACEHOLDER_INSTALL_URL, PLACEHOLDER_UPDATE_URL, type PolicyFile, type PolicyInput, type PolicyTarget } from '../policy/targets/target.js';
import { chromeWindowsReg, edgeWindowsReg } from '../policy/targets/windows-reg.js';

export const TARGETS: readonly PolicyTarget[] = [
  chromeLinux,
  chromeWindowsReg,
  chromeMacPlist,
  edgeWindowsReg,
  googleAdmin,
  firefoxPolicies,
  admx,
];

const TARGET_IDS = TARGETS.map((t) => t.id);

export const help = `Usage: post-coach policy FILE --target TARGET [options]

Prints the enterprise policy file that deploys the ruleset FILE to every staff browser,
with the entry that force-installs the extension where the target has one. FILE is
validated first: each problem is printed and the exit code is 2.

Targets:
${TARGETS.map((t) => `  ${t.id.padEnd(20)}${t.summary}`).join('\n')}

Options:
  --target TARGET      one of the targets above (required)
  --update-url URL     Chrome/Edge update manifest URL for the force-install entry
                       (default: a placeholder that installs nothing until you replace it;
                       Chrome Web Store: https://clients2.google.com/service/update2/crx)
  --install-url URL    Firefox .xpi URL for the force-install entry (default: a placeholder)
  --no-install         leave the force-install entry out (the extension is installed otherwise)
  --out DIR            write the file(s) into DIR instead of printing (admx writes two files)
  -h, --help           show this help

Extension ids: ${CHROME_EXTENSION_ID} (Chrome, Edge), ${FIREFOX_EXTENSION_ID} (Firefox).
See docs/managers-guide.md for where each file goes and how to check it arrived.`;

/** The files for `ruleset` and `target`, or the problems that stop it being deployed. */
export function renderPolicy(
  ruleset: unknown,
  target: PolicyTarget,
  urls: { updateUrl?: string; installUrl?: string } = {},
): { files: PolicyFile[]; problems: string[]; warnings: string[] } {
  const problems = validateRuleset(ruleset).map(formatProblem);
  if (problems.length) return { files: [], problems, warnings: [] };
  const managed = managedFromRuleset(ruleset as Ruleset);
  if (managed.problems.length) return { files: [], problems: managed.problems.map(formatProblem), warnings: [] };
  const warnings: string[] = [];
  const { $schema: _editorHint, ...deployed } = ruleset as Ruleset;
  // An empty "checks" has no policy key of its own and changes nothing.
  if (deployed.checks && !Object.keys(deployed.checks).length) delete deployed.checks;
  if (!deepEqual(managedToRuleset(managed.values), deployed)) {
    warnings.push('the version reads back differently from policy (whole numbers and text only); the rest is deployed as written');
  }
  const input: PolicyInput = {
    values: managed.values,
    chromeId: CHROME_EXTENSION_ID,
    firefoxId: FIREFOX_EXTENSION_ID,
    updateUrl: urls.updateUrl,
    installUrl: urls.installUrl,
  };
  try {
    return { files: target.render(input), problems: [], warnings };
  } catch (e) {
    return { files: [], problems: [(e as Error).message], warnings };
  }
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions('policy', args, {
    target: { type: 'string' },
    'update-url': { type: 'string' },
    'install-url': { type: 'string' },
    'no-install': { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(`${help}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError('policy: give exactly one ruleset FILE; see post-coach policy --help');
  const targetId = oneOf('target', values.target, TARGET_IDS);
  if (!targetId) throw new CliError(`policy: --target is required: one of ${TARGET_IDS.join(', ')}`);
  const target = TARGETS.find((t) => t.id === targetId)!;
  const file = positionals[0];
  const noInstall = values['no-install'] === true;
  const updateUrl = noInstall ? undefined : (stringOption(values['update-url']) ?? PLACEHOLDER_UPDATE_URL);
  const installUrl = noInstall ? undefined : (stringOption(values['install-url']) ?? PLACEHOLDER_INSTALL_URL);

  const { files, problems, warnings } = renderPolicy(parseJson(file, await readTextFile(file)), target, { updateUrl, installUrl });
  if (problems.length) {
    process.stderr.write(problems.map((p) => `${printable(file)}: ${printable(p)}\n`).join(''));
    return EXIT.badInput;
  }
  for (const w of warnings) process.stderr.write(`post-coach: ${printable(file)}: ${printable(w)}\n`);
  const placeholder = (targetId === 'firefox-policies' ? installUrl : updateUrl)?.includes('.invalid/');
  if (placeholder && targetId !== 'google-admin' && targetId !== 'admx') {
    process.stderr.write('post-coach: the force-install entry uses a placeholder URL: pass --update-url/--install-url, or --no-install\n');
  }
  const out = stringOption(values.out);
  if (out !== undefined) {
    for (const f of files) {
      const path = join(out, f.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.text);
      process.stderr.write(`post-coach: wrote ${printable(path)}\n`);
    }
    return EXIT.ok;
  }
  await write(files[0].text);
  if (files.length > 1) {
    process.stderr.write(`post-coach: printed ${files[0].name}; use --out DIR to write ${files.slice(1).map((f) => f.name).join(', ')} too\n`);
  }
  return EXIT.ok;
}
