// The checked-in standalone validator must be what the schema generates today, and must stay import-free for MV3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generateValidatorSource, OUTPUT_PATH, TYPES_PATH, TYPES_SOURCE } from '../../scripts/gen-validator.mjs';
import schema from '../../rules/ruleset.schema.json';
import { CHECK_IDS } from '../../src/engine/checks/index.js';

describe('generated ruleset validator', () => {
  it('matches the schema on disk (run `npm run gen` when this fails)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateValidatorSource());
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(TYPES_SOURCE);
  });

  it('has no imports, require() or eval, so it runs under the extension CSP', () => {
    const source = readFileSync(OUTPUT_PATH, 'utf8');
    expect(source).not.toMatch(/\brequire\(|^import |new Function|\beval\(/m);
  });

  it('lists exactly the engine check ids under "checks"', () => {
    expect(Object.keys(schema.properties.checks.properties).sort()).toEqual([...CHECK_IDS].sort());
  });
});
