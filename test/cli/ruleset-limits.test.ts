// The CLI refuses rulesets with mistyped options, oversize files and control characters, naming each problem's path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'post-coach-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('post-coach ruleset validate and check --ruleset on bad rulesets', () => {
  it('refuses an option of the wrong type with its path', () => {
    const path = file('ignore5.json', '{"checks":{"personal-details":{"options":{"ignore":5}}}}');
    expect(cli(['ruleset', 'validate', path])).toEqual({
      code: 2,
      stderr: '',
      stdout: `${path}: /checks/personal-details/options/ignore: must be an array of strings\n`,
    });
    const check = cli(['check', '--ruleset', path, 'Call me on +968 9123 4567']);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr).toBe(
      `post-coach: ${path}: not a valid ruleset: /checks/personal-details/options/ignore: must be an array of strings; run post-coach ruleset validate ${path}\n`,
    );
  });

  it('refuses an unknown option key', () => {
    const path = file('unknown.json', '{"checks":{"commitment":{"options":{"strict":true}}}}');
    expect(cli(['ruleset', 'validate', path]).stdout).toBe(`${path}: /checks/commitment/options/strict: unknown option "strict"; commitment has no options\n`);
  });

  it('refuses a file over 256 KB without parsing it', () => {
    const path = file('big.json', `{"name":"${'x'.repeat(300 * 1024)}`);
    expect(cli(['ruleset', 'validate', path])).toEqual({ code: 2, stderr: '', stdout: `${path}: /: the ruleset must be at most 256 KB\n` });
  });

  it('refuses a control character in a custom rule message and a message over 500 characters', () => {
    const rules = [
      { id: 'a', words: ['x'], severity: 'info', message: 'fine\u001b[2J' },
      { id: 'b', words: ['y'], severity: 'info', message: 'm'.repeat(501) },
    ];
    const path = file('controls.json', JSON.stringify({ customRules: rules }));
    expect(cli(['ruleset', 'validate', path]).stdout).toBe(
      `${path}: /customRules/0/message: must be text without control characters (tab and newline are allowed)\n` +
        `${path}: /customRules/1/message: must be at most 500 characters long\n`,
    );
  });
});
