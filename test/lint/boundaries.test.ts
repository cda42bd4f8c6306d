// The layers' import boundaries are lint rules (eslint.config.js): each crossing below must be reported, each allowed import not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The boundary rules a piece of code at `filePath` breaks, as "rule: import or global". */
async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals' || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.ruleId}: ${m.ruleId === 'no-restricted-syntax' ? code.split('\n')[m.line - 1].slice(m.column - 1, m.endColumn! - 1) : m.message.match(/'([^']+)'/)?.[1]}`);
}

describe('import boundaries', () => {
  it('the engine imports no other layer, no browser package and uses no browser global', async () => {
    const code = [
      "import { a } from '../content/coach.js';",
      "import { b } from '../../ruleset/load.js';",
      "import { c } from '../../policy/keys.js';",
      "import d from 'webextension-polyfill';",
      "import { e } from './matches.js';",
      "import { f } from '../arabic/index.js';",
      'export const x = [a, b, c, d, e, f, chrome.runtime, document.title];',
    ].join('\n');
    expect(await crossings('src/engine/checks/example.ts', code)).toEqual([
      'no-restricted-imports: ../content/coach.js',
      'no-restricted-imports: ../../ruleset/load.js',
      'no-restricted-imports: ../../policy/keys.js',
      'no-restricted-imports: webextension-polyfill',
      'no-restricted-globals: chrome',
      'no-restricted-globals: document',
    ]);
  }, 30_000);

  it('rulesets and policy may import the engine, not the browser layers', async () => {
    const code = "import type { Ruleset } from '../engine/types.js';\nimport { a } from '../background/index.js';\nexport const x: Ruleset[] = [a, window];";
    expect(await crossings('src/ruleset/example.ts', code)).toEqual(['no-restricted-imports: ../background/index.js', 'no-restricted-globals: window']);
    expect(await crossings('src/policy/targets/example.ts', "import { a } from '../../cli/main.js';\nexport const x = a;")).toEqual([
      'no-restricted-imports: ../../cli/main.js',
    ]);
  }, 30_000);

  it('sites and editors import no content or background code', async () => {
    const code = "import { a } from '../content/coach.js';\nimport { b } from '../background/index.js';\nimport { c } from '../shared/json.js';\nexport const x = [a, b, c];";
    const both = ['no-restricted-imports: ../content/coach.js', 'no-restricted-imports: ../background/index.js'];
    expect(await crossings('src/sites/example.ts', code)).toEqual(both);
    expect(await crossings('src/editors/example.ts', code)).toEqual(both);
  }, 30_000);

  it('the popup, options page and shared UI do not import the background', async () => {
    const code = "import type { DismissedRow } from '../../background/ui-handlers.js';\nimport type { Message } from '../../shared/messages.js';\nexport type X = DismissedRow | Message;";
    for (const file of ['src/options/components/Example.tsx', 'src/popup/components/Example.tsx', 'src/ui/parts/example.ts']) {
      expect(await crossings(file, code)).toEqual(['no-restricted-imports: ../../background/ui-handlers.js']);
    }
  }, 30_000);

  it('the content script names no check: the engine says what a finding means', async () => {
    const code = "export const abusive = (check: string) => check === 'aggressive-tone' || check === 'custom';\nexport const event = 'compositionend';";
    expect(await crossings('src/content/session.ts', code)).toEqual(["no-restricted-syntax: 'aggressive-tone'", "no-restricted-syntax: 'custom'"]);
  }, 30_000);

  it('the content script writes no storage: every write is a message to the background', async () => {
    const code = "export async function keep(): Promise<void> {\n  await chrome.storage.local.get('dismissed');\n  await chrome.storage.local.set({ dismissed: {} });\n}";
    expect(await crossings('src/content/coach.ts', code)).toEqual(['no-restricted-syntax: chrome.storage.local.set({ dismissed: {} })']);
  }, 30_000);
});
