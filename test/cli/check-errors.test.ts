// post-coach check when a check throws: exit 3, the check named on stderr, the other checks' findings as usual.
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const ENTRY = 'test/cli/fixtures/cli-with-throwing-check.ts';
const FAILED = 'check "test-throws" failed: cannot read properties of undefined (reading \'length\')\\u{1b}[2J; the other checks ran\n';

describe('post-coach check with a check that throws', () => {
  it('text: lists the other checks findings, names the failed check on stderr and exits 3', () => {
    const r = cli(['check', 'Call me on +968 9123 4567, it went boom'], '', ENTRY);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(FAILED);
    expect(r.stdout).toMatch(/^11-25 error personal-details\/phone "\+968 9123 4567"\n/);
  });

  it('json: the findings and the errors, exit 3', () => {
    const r = cli(['check', '--format', 'json', 'it went boom'], '', ENTRY);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(FAILED);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [],
      errors: [{ check: 'test-throws', message: "cannot read properties of undefined (reading 'length')\u001b[2J" }],
    });
  });

  it('jsonl: the line it failed on, the other lines as usual, exit 3', () => {
    const input = ['{"text":"all quiet"}', '{"text":"boom"}', '{"text":"quiet again"}'].join('\n');
    const r = cli(['check', '--jsonl', '-'], input, ENTRY);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`line 2: ${FAILED}`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { findings: [] },
      { findings: [], errors: [{ check: 'test-throws', message: "cannot read properties of undefined (reading 'length')\u001b[2J" }] },
      { findings: [] },
    ]);
  });

  it('exits as before when nothing makes it throw', () => {
    const r = cli(['check', 'all quiet'], '', ENTRY);
    expect(r).toEqual({ code: 0, stderr: '', stdout: expect.any(String) });
  });
});

describe('post-coach ruleset test with a check that throws', () => {
  it('names the sample line and the check on stderr and exits 3', () => {
    const r = cli(['ruleset', 'test', 'rules/examples/ministry.json', '--samples', '-'], '{"text":"quiet"}\n{"text":"boom"}\n', ENTRY);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`line 2: ${FAILED}`);
    expect(r.stdout).toMatch(/2 samples: 0 with findings, 2 without\n$/);
  });
});
