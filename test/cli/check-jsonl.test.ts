// post-coach check --jsonl: exactly one output line per input line, errors in place, streamed.
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './run-cli.js';

const RULES = `${FIXTURES}/org-rules-only.json`;
const jsonl = (input: string) => cli(['check', '--ruleset', RULES, '--jsonl', '-'], input);

describe('post-coach check --jsonl', () => {
  it('answers every line in order, with an error line for blank, broken or incomplete input, and exits 2', () => {
    const input = [
      '{"text":"all fine"}',
      '',
      'not json',
      '{"capacity":"personal"}',
      '{"text":"x","capacity":"boss"}',
      '["text"]',
      '{"text":"cheers mate","site":"x.com","account":"@OmanMDS","label":"ignored"}',
      '{"text":42}',
    ].join('\n');
    const r = jsonl(`${input}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { findings: [] },
      { error: 'line 2: empty line; expected a JSON object with "text"' },
      { error: expect.stringMatching(/^line 3: not valid JSON \(.+\)$/) },
      { error: 'line 4: missing "text"' },
      { error: 'line 5: "capacity" must be one of official, personal, unknown' },
      { error: 'line 6: expected a JSON object with "text"' },
      {
        findings: [
          { check: 'custom', rule: 'official-sign-off', severity: 'info', start: 0, end: 11, message: 'Too casual for the official account.', why: "Your agency's own code of conduct also applies when you take part online as a public servant." },
        ],
      },
      { error: 'line 8: "text" must be a string' },
    ]);
  });

  it('exits 1 when all lines are good and one has a finding, 0 when none has', () => {
    expect(jsonl('{"text":"the tender"}\n{"text":"ok"}\n').code).toBe(1);
    expect(jsonl('{"text":"fine"}\r\n{"text":"ok"}').code).toBe(0);
  });

  it('streams a large input: 20,000 lines in, 20,000 lines out', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ text: i % 2 ? `ticket MDS-${10000 + i}` : `post number ${i}` }));
    const r = jsonl(lines.join('\n') + '\n');
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(20000);
    expect(JSON.parse(out[0])).toEqual({ findings: [] });
    expect(JSON.parse(out[19999]).findings[0].rule).toBe('internal-ticket');
  });

  it('reads a file path as well as standard input', () => {
    const r = cli(['check', '--ruleset', RULES, '--jsonl', `${FIXTURES}/samples.jsonl`]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(r.code).toBe(1);
  });
});
