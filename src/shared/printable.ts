// Text from a ruleset, a draft or a file name, made safe to print: control characters and bidi controls are shown as
// \u{...} escapes, so a stranger's file cannot move the cursor, recolour, clear the terminal or reorder a line.

/** C0 (with tab and newline), DEL, C1, the bidi embeddings and overrides, the bidi isolates, and line/paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** What JSON.stringify leaves raw inside strings (it escapes C0 there itself; its own line breaks must stay). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `text` with every unsafe character as \u{hex}; Arabic and every other printable character are kept as they are. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * JSON.stringify, with the characters it leaves raw (DEL, C1, bidi controls, separators) written as \uXXXX too: the
 * same JSON value, and nothing in it a terminal acts on.
 */
export function printableJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
