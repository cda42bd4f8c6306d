// Untrusted text (ruleset keys, messages, patterns, the draft, file names) reaches the terminal escaped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFinding, quote } from '../../src/cli/format.js';
import { printable, printableJson } from '../../src/shared/printable.js';
import type { Finding } from '../../src/engine/types.js';
import { cli } from './run-cli.js';

const ESC = '\u001b';
const CSI = '\u009b';
const RLO = '\u202e';
// Anything a terminal acts on: C0 (but the line breaks we print ourselves), DEL, C1, bidi embeddings and isolates.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  it('shows C0, DEL, C1 and bidi controls as \\u{...} and keeps Arabic, accents and emoji', () => {
    expect(printable(`a${ESC}[2Jb\u0007\u007f${CSI}1m${RLO}txt.exe\u2066x\u2069\n\t\r`)).toBe(
      'a\\u{1b}[2Jb\\u{7}\\u{7f}\\u{9b}1m\\u{202e}txt.exe\\u{2066}x\\u{2069}\\u{a}\\u{9}\\u{d}',
    );
    expect(printable('لا تنشر أرقام الهواتف، café 👍')).toBe('لا تنشر أرقام الهواتف، café 👍');
  });

  it('JSON keeps its value and its own line breaks, with nothing raw a terminal acts on', () => {
    const value = { message: `x${ESC}]0;owned${'\u0007'}${CSI}${RLO}\u2028 عربي`, list: [1, true] };
    const text = printableJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('\n  "list": [');
    expect(text).toContain('\\u009b\\u202e\\u2028 عربي');
  });

  it('quotes a span of the draft on one line with its controls escaped', () => {
    expect(quote(`call "me" \\ ${ESC}[31mnow\nplease`)).toBe('"call \\"me\\" \\\\ \\u{1b}[31mnow please"');
  });

  it('prints a finding whose message, why and suggestion come from a stranger’s ruleset, escaped', () => {
    const f: Finding = {
      check: 'custom-rules',
      rule: `r${ESC}[8m`,
      severity: 'warning',
      start: 0,
      end: 4,
      message: `fine${ESC}[2K${ESC}[1A\rfile.json: valid`,
      why: `${RLO}because`,
      suggestion: `${CSI}?25l`,
    } as Finding;
    const text = formatFinding('text', f, new Map());
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text.split('\n')).toEqual([
      '0-4 warning custom-rules/r\\u{1b}[8m "text"',
      '  fine\\u{1b}[2K\\u{1b}[1A\\u{d}file.json: valid',
      '  why: \\u{202e}because',
      '  suggestion: \\u{9b}?25l',
    ]);
  });
});

describe('post-coach on a stranger’s ruleset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-escape-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ruleset validate prints an ESC sequence in a key escaped, and cannot fake "valid"', () => {
    const file = join(dir, 'esc-key.json');
    writeFileSync(file, JSON.stringify({ checks: { [`x${ESC}[2J${ESC}[H\nrules.json: valid`]: {} } }));
    const r = cli(['ruleset', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${file}: /checks/x\\u{1b}[2J\\u{1b}[H\\u{a}rules.json: valid: `)).toBe(true);
  });

  it('ruleset validate prints an ESC sequence in a message escaped', () => {
    const file = join(dir, 'esc-message.json');
    const rule = { id: 'r1', words: ['tender'], message: `Hidden${ESC}[8m secret${ESC}[0m`, severity: 'warning' };
    writeFileSync(file, JSON.stringify({ customRules: [rule], review: `${ESC}]0;pwned\u0007` }));
    const r = cli(['ruleset', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain(`${file}: /review: `);
  });

  it('a bad file name or a bad JSON file is reported escaped on stderr', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, `{"name": "${ESC}[31m" ,, }`);
    const r = cli(['ruleset', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^post-coach: .*broken\.json: not valid JSON/);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    const missing = cli(['ruleset', 'validate', join(dir, `no${ESC}[2Jfile.json`)]);
    expect(missing.stderr).toBe(`post-coach: ${join(dir, 'no\\u{1b}[2Jfile.json')}: no such file\n`);
  });

  it('check prints the draft escaped in text and keeps it exact in JSON', () => {
    const draft = `Call me on 9123 4567 ${ESC}[2J${CSI}${RLO}`;
    const text = cli(['check', '--capacity', 'personal', draft]);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    const json = cli(['check', '--capacity', 'personal', '--format', 'json', draft]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).findings.length).toBeGreaterThan(0);
    const lines = cli(['check', '--jsonl', '-'], `${JSON.stringify({ text: draft })}\n{"text": "${CSI}x\n`);
    expect(lines.stdout).not.toMatch(RAW_CONTROL);
    expect(lines.stdout.split('\n')).toHaveLength(3);
  });
});
