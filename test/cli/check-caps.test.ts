// post-coach check on a ruleset whose pattern matches every character: 50 listed, the rest counted in every format.
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './run-cli.js';

const RULES = `${FIXTURES}/every-character.json`;

describe('post-coach check with more findings than it lists', () => {
  it('prints 50 findings, "... and 10 more", then the summary of those listed', () => {
    const r = cli(['check', '--ruleset', RULES], 'x'.repeat(60));
    expect(r.code).toBe(1);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(52);
    expect(blocks[0]).toBe('0-1 warning custom/any "x"\n  Any character.\n  why: Your agency\'s own code of conduct also applies when you take part online as a public servant.\n  source: Oman ITA, Social Media in Government (2016), Codes of Conduct');
    expect(blocks[49].startsWith('49-50 warning custom/any "x"')).toBe(true);
    expect(blocks.slice(50)).toEqual(['... and 10 more', '50 findings (50 warnings)']);
  });

  it('says "at least" once the rule stopped reading, on 200,000 characters', () => {
    const r = cli(['check', '--ruleset', RULES], 'x'.repeat(200_000));
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n\n').slice(-2)).toEqual(['... and at least 950 more', '50 findings (50 warnings)']);
  }, 60_000);

  it('carries the count in JSON, and leaves it out when nothing was cut', () => {
    const cut = JSON.parse(cli(['check', '--ruleset', RULES, '--format', 'json'], 'x'.repeat(60)).stdout);
    expect(cut.findings).toHaveLength(50);
    expect(cut.omitted).toEqual({ count: 10, partial: false });
    expect(Object.keys(cut)).toEqual(['findings', 'omitted']);
    const whole = JSON.parse(cli(['check', '--ruleset', RULES, '--format', 'json'], 'xyz').stdout);
    expect(Object.keys(whole)).toEqual(['findings']);
  });

  it('carries the count on each JSON line', () => {
    const input = [JSON.stringify({ text: 'ab' }), JSON.stringify({ text: 'x'.repeat(5000) })].join('\n') + '\n';
    const lines = cli(['check', '--ruleset', RULES, '--jsonl', '-'], input).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.findings.length)).toEqual([2, 50]);
    expect(lines.map((l) => l.omitted)).toEqual([undefined, { count: 950, partial: true }]);
  });
});
