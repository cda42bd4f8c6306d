// post-coach check: exact findings, formats, context and exit codes, on a ruleset of organisation rules only.
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './run-cli.js';

const RULES = `${FIXTURES}/org-rules-only.json`;
const CLAUSE = "Your agency's own code of conduct also applies when you take part online as a public servant.";

describe('post-coach check (text)', () => {
  it('lists each finding with span, quoted text, severity, check/rule, message, why, source and suggestion', () => {
    const r = cli(['check', '--ruleset', RULES, 'The TENDER for mds-1234, see المناقصة']);
    expect(r).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '4-10 warning custom/tender-talk "TENDER"',
        '  Tenders are announced by procurement only.',
        '  why: Only authorised staff may release information for the ministry.',
        '  source: Oman ITA, Social Media in Government (2016), Codes of Conduct',
        '  suggestion: Link the official tender notice.',
        '',
        '15-23 error custom/internal-ticket "mds-1234"',
        '  This looks like an internal ticket number.',
        `  why: ${CLAUSE}`,
        '  source: Oman ITA, Social Media in Government (2016), Codes of Conduct',
        '',
        '31-37 warning custom/tender-talk "مناقصة"',
        '  Tenders are announced by procurement only.',
        '  why: Only authorised staff may release information for the ministry.',
        '  source: Oman ITA, Social Media in Government (2016), Codes of Conduct',
        '  suggestion: Link the official tender notice.',
        '',
        '3 findings (1 error, 2 warnings)',
        '',
      ].join('\n'),
    });
  });

  it('says "No findings." and exits 0 for a clean draft', () => {
    expect(cli(['check', '--ruleset', RULES, 'Lovely', 'weather'])).toEqual({ code: 0, stdout: 'No findings.\n', stderr: '' });
  });

  it('reads the draft from standard input when no TEXT is given', () => {
    const r = cli(['check', '--ruleset', RULES, '--format', 'json'], 'Ticket MDS-20931\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; start: number; end: number }) => [f.rule, f.start, f.end])).toEqual([['internal-ticket', 7, 16]]);
  });

  it('exits 0 when every finding is below --fail-on', () => {
    expect(cli(['check', '--ruleset', RULES, '--fail-on', 'error', 'the tender']).code).toBe(0);
    expect(cli(['check', '--ruleset', RULES, '--fail-on', 'warning', 'the tender']).code).toBe(1);
  });
});

describe('post-coach check (json)', () => {
  it('prints {"findings":[...]} with Finding objects', () => {
    expect(cli(['check', '--ruleset', RULES, '--format', 'json', 'The tender'])).toEqual({
      code: 1,
      stderr: '',
      stdout:
        JSON.stringify({
          findings: [
            {
              check: 'custom',
              rule: 'tender-talk',
              severity: 'warning',
              start: 4,
              end: 10,
              message: 'Tenders are announced by procurement only.',
              why: 'Only authorised staff may release information for the ministry.',
              suggestion: 'Link the official tender notice.',
            },
          ],
        }) + '\n',
    });
  });
});

describe('post-coach check: capacity', () => {
  const rulesIn = (args: string[]) => JSON.parse(cli(['check', '--ruleset', RULES, '--format', 'json', ...args, 'cheers mate']).stdout).findings.map((f: { rule: string }) => f.rule);

  it('posts officially from one of the ruleset\'s official accounts', () => {
    expect(rulesIn(['--site', 'x.com', '--account', '@omanmds'])).toEqual(['official-sign-off']);
  });

  it('treats other accounts as unknown capacity, and --capacity overrides', () => {
    expect(rulesIn(['--site', 'x.com', '--account', '@someone'])).toEqual([]);
    expect(rulesIn(['--capacity', 'official'])).toEqual(['official-sign-off']);
    expect(rulesIn(['--site', 'x.com', '--account', '@omanmds', '--capacity', 'personal'])).toEqual([]);
  });
});
