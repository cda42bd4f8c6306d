// The building blocks of checks' option schemas, so every check types its options the same way and the ruleset and
// managed schemas are generated from them (scripts/gen-validator.mjs, scripts/gen-managed-validator.mjs).

/** Any character but C0 and C1 controls and DEL: names, words and other one-line text. */
export const ONE_LINE_PATTERN = '^[^\\u0000-\\u001F\\u007F-\\u009F]*$';
/** As ONE_LINE_PATTERN, but tab and newline are allowed: messages and other running text. */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]*$';
export const ONE_LINE_HINT = 'one line of text without control characters';
export const TEXT_HINT = 'text without control characters (tab and newline are allowed)';

/** A non-empty one-line string of at most `maxLength` characters. */
export function oneLineText(maxLength: number, description?: string): Record<string, unknown> {
  return {
    ...(description ? { description } : {}),
    type: 'string',
    minLength: 1,
    maxLength,
    pattern: ONE_LINE_PATTERN,
    'x-hint': ONE_LINE_HINT,
  };
}

/** A list of at most `maxItems` non-empty one-line strings. */
export function textListOption(maxItems: number, maxLength: number, description: string): Record<string, unknown> {
  return { description, type: 'array', maxItems, items: oneLineText(maxLength) };
}

export function booleanOption(description: string): Record<string, unknown> {
  return { description, type: 'boolean' };
}

/** The options object of a check: exactly these properties, nothing else. */
export function optionsObject(properties: Record<string, Record<string, unknown>>): Record<string, unknown> {
  return { type: 'object', properties, additionalProperties: false };
}
