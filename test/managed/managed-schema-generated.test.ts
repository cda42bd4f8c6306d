// rules/managed-schema.json and its validator are generated from the checks' metadata: a stale copy fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateManagedSchemaText,
  generateManagedValidatorSource,
  OUTPUT_PATH,
  SCHEMA_PATH,
  TYPES_PATH,
  TYPES_SOURCE,
  // @ts-expect-error: a plain .mjs build script without types
} from '../../scripts/gen-managed-validator.mjs';
import schema from '../../rules/managed-schema.json';
import { CHECK_METAS } from '../../src/engine/checks/meta/index.js';

describe('generated managed schema', () => {
  it('matches the checks metadata (run `npm run gen` when this fails)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generateManagedSchemaText());
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateManagedValidatorSource());
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(TYPES_SOURCE);
  });

  it("types every check's options as its metadata does, booleans included", () => {
    const props = schema.properties as Record<string, any>;
    expect(props['check-aggressive-tone'].properties.options.properties.shouting).toEqual({
      type: 'boolean',
      description: 'Flag runs of words in capitals (default true).',
    });
    expect(props['check-personal-details'].properties.options.properties.ignore).toEqual({
      type: 'array',
      description: 'Kinds of detail not to flag.',
      items: { type: 'string' },
    });
    for (const meta of CHECK_METAS) {
      const options = props[`check-${meta.id}`].properties.options;
      expect(Object.keys(options.properties), meta.id).toEqual(Object.keys(meta.optionsSchema.properties as object));
    }
  });
});
