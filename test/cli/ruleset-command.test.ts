// post-coach ruleset validate | test: exact reports and exit codes.
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './run-cli.js';

describe('post-coach ruleset validate', () => {
  it('says each valid file is valid and exits 0', () => {
    expect(cli(['ruleset', 'validate', 'rules/default.json', 'rules/examples/ministry.json', 'rules/examples/personal.json'])).toEqual({
      code: 0,
      stdout: 'rules/default.json: valid\nrules/examples/ministry.json: valid\nrules/examples/personal.json: valid\n',
      stderr: '',
    });
  });

  it('prints every problem with its JSON Pointer and exits 2', () => {
    expect(cli(['ruleset', 'validate', `${FIXTURES}/broken.json`])).toEqual({
      code: 2,
      stdout: [
        `${FIXTURES}/broken.json: /checks/tone: unknown check "tone"; the checks are personal-details, affiliation-disclosure, commitment, aggressive-tone, confidential-information, accusation, impartiality, case-details, channel, employer-disrepute, friends-only`,
        `${FIXTURES}/broken.json: /checks/commitment/severity: must be one of info, warning, error`,
        `${FIXTURES}/broken.json: /customRules/0/pattern: is not a pattern RE2 accepts (error parsing regexp: invalid or unsupported Perl syntax: \`(?=\`); look-around and back-references are not supported`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});

describe('post-coach ruleset test', () => {
  it('shows what each sample triggers, checks expectations, and exits 1 when one is not met', () => {
    expect(cli(['ruleset', 'test', `${FIXTURES}/org-rules-only.json`, '--samples', `${FIXTURES}/samples.jsonl`])).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'line 1 [unknown] "The tender for MDS-20931 closes Friday."',
        '  warning custom/tender-talk (Organisation rules) "tender": Tenders are announced by procurement only.',
        '  error custom/internal-ticket (Organisation rules) "MDS-20931": This looks like an internal ticket number.',
        '  expected: custom yes: met',
        '',
        'line 2 [personal] "Lovely weather in Muscat."',
        '  no findings',
        '  expected: custom yes: NOT MET (custom did not fire)',
        '',
        'line 3 [official, x.com, @omanmds] "cheers mate"',
        '  info custom/official-sign-off (Organisation rules) "cheers mate": Too casual for the official account.',
        '',
        '3 samples: 2 with findings (custom 2), 1 without; expectations met in 1 of 2',
        '',
      ].join('\n'),
    });
  });

  it('exits 0 when every expectation is met, and 2 when a sample line is unreadable', () => {
    const ok = cli(['ruleset', 'test', `${FIXTURES}/org-rules-only.json`, '--samples', '-'], '{"text":"the tender","expect":{"custom":true}}\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout.endsWith('1 sample: 1 with findings (custom 1), 0 without; expectations met in 1 of 1\n')).toBe(true);
    const bad = cli(['ruleset', 'test', `${FIXTURES}/org-rules-only.json`, '--samples', '-'], 'nope\n');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/^line 1: not valid JSON \(.+\)\n\n1 sample: 0 with findings, 0 without, 1 unreadable\n$/);
  });

  it('refuses an invalid ruleset before reading samples', () => {
    const r = cli(['ruleset', 'test', `${FIXTURES}/broken.json`, '--samples', `${FIXTURES}/samples.jsonl`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^post-coach: test\/cli\/fixtures\/broken.json: not a valid ruleset: /);
  });
});
