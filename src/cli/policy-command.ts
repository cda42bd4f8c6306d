// post-coach policy FILE --target T: the file that deploys a ruleset to staff browsers by enterprise policy.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderPolicy } from '../policy/render.js';
import { TARGETS } from '../policy/targets/index.js';
import { forceInstallUrl, PLACEHOLDER_INSTALL_URL, PLACEHOLDER_UPDATE_URL, type PolicyInput } from '../policy/targets/target.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../shared/extension-id.js';
import { printable } from '../shared/printable.js';
import { oneOf, parseOptions, stringOption } from './args.js';
import { CliError, EXIT } from './cli-error.js';
import { parseJson, readTextFile, write } from './io.js';

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
  --chrome-id ID       the Chrome/Edge extension id, when your CRX is signed with your own key
                       (post-coach package prints it; default ${CHROME_EXTENSION_ID})
  --no-install         leave the force-install entry out (the extension is installed otherwise)
  --out DIR            write the file(s) into DIR instead of printing (admx writes two files)
  -h, --help           show this help

Extension ids: ${CHROME_EXTENSION_ID} (Chrome, Edge), ${FIREFOX_EXTENSION_ID} (Firefox).
See docs/managers-guide.md for where each file goes and how to check it arrived.`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions('policy', args, {
    target: { type: 'string' },
    'update-url': { type: 'string' },
    'install-url': { type: 'string' },
    'no-install': { type: 'boolean' },
    'chrome-id': { type: 'string' },
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

  const chromeId = stringOption(values['chrome-id']);
  if (chromeId !== undefined && !/^[a-p]{32}$/.test(chromeId)) throw new CliError(`policy: --chrome-id must be 32 letters a to p (an extension id), not "${printable(chromeId)}"`);
  const { files, problems, warnings } = renderPolicy(parseJson(file, await readTextFile(file)), target, { updateUrl, installUrl, chromeId });
  if (problems.length) {
    process.stderr.write(problems.map((p) => `${printable(file)}: ${printable(p)}\n`).join(''));
    return EXIT.badInput;
  }
  for (const w of warnings) process.stderr.write(`post-coach: ${printable(file)}: ${printable(w)}\n`);
  const urls: Pick<PolicyInput, 'updateUrl' | 'installUrl'> = { updateUrl, installUrl };
  if (forceInstallUrl(target, urls)?.includes('.invalid/')) {
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
