// post-coach: help, version, and bad input answered with one line on stderr and exit code 2.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, ROOT } from './run-cli.js';

const version = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version as string;

describe('post-coach', () => {
  it('prints its version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `post-coach ${version}\n`, stderr: '' });
  });

  it('lists its commands in --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: post-coach <command> \[options\]\n/);
    expect(r.stdout).toContain('\n  check    check a draft post (TEXT, standard input or --jsonl FILE)\n');
    expect(r.stdout).toContain('\n  ruleset  validate a ruleset, or test it against sample posts\n');
  });

  it('shows each command\'s own help', () => {
    expect(cli(['check', '--help']).stdout).toMatch(/^Usage: post-coach check \[options\] \[TEXT\.\.\.\]\n/);
    expect(cli(['ruleset', '-h']).stdout).toMatch(/^Usage: post-coach ruleset validate FILE\.\.\.\n/);
  });

  it('prints the help on stderr and exits 2 when run without a command', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: post-coach/);
  });

  it.each([
    [['frob'], 'post-coach: unknown command "frob"; see post-coach --help\n'],
    [['--frob'], 'post-coach: unknown option --frob; see post-coach --help\n'],
    [['check', '--bogus', 'x'], 'post-coach: check: unknown option --bogus; see post-coach check --help\n'],
    [['check', 'x', '--ruleset'], 'post-coach: check: option --ruleset needs a value; see post-coach check --help\n'],
    [['check', '--capacity', 'boss', 'x'], 'post-coach: --capacity must be one of official, personal, unknown, not "boss"\n'],
    [['check', '--format', 'xml', 'x'], 'post-coach: --format must be one of text, json, not "xml"\n'],
    [['check', '--ruleset', 'no/such/file.json', 'x'], 'post-coach: no/such/file.json: no such file\n'],
    [['check', '--ruleset', FIXTURES, 'x'], `post-coach: ${FIXTURES}: is a directory, not a file\n`],
    [['check', '--jsonl', 'missing.jsonl'], 'post-coach: missing.jsonl: no such file\n'],
    [['check', '--jsonl', '-', 'text too'], 'post-coach: check: give TEXT or --jsonl, not both\n'],
    [
      ['check', '--ruleset', `${FIXTURES}/broken.json`, 'x'],
      `post-coach: ${FIXTURES}/broken.json: not a valid ruleset: /checks/tone: unknown check "tone"; the checks are personal-details, affiliation-disclosure, commitment, aggressive-tone, confidential-information, accusation, impartiality, case-details, channel, employer-disrepute, friends-only (and 2 more); run post-coach ruleset validate ${FIXTURES}/broken.json\n`,
    ],
    [['ruleset'], 'post-coach: ruleset: say validate or test; see post-coach ruleset --help\n'],
    [['ruleset', 'lint', 'x.json'], 'post-coach: ruleset: unknown subcommand "lint"; use validate or test\n'],
    [['ruleset', 'validate'], 'post-coach: ruleset validate: give the ruleset FILE to validate\n'],
    [['ruleset', 'test', 'rules/default.json'], 'post-coach: ruleset test: --samples POSTS.jsonl is required\n'],
  ])('refuses %j with one line on stderr and exit 2', (args, stderr) => {
    expect(cli(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('names the file and the JSON error for a ruleset that is not JSON, without a stack trace', () => {
    const r = cli(['check', '--ruleset', `${FIXTURES}/not-json.json`, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^post-coach: ${FIXTURES}/not-json.json: not valid JSON \\(.+\\)\\n$`));
  });
});
