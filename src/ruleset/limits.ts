// Limits on a ruleset's shape that no schema walk should have to discover the hard way: total size and nesting depth.
// Checked before the schema, so a hostile file costs one bounded walk and never reaches a validator, storage or a page.
import type { RulesetProblem } from './types.js';

/** Largest ruleset accepted, as UTF-8 JSON: far above any real code of conduct, far below the storage quota. */
export const MAX_RULESET_BYTES = 256 * 1024;
/** Deepest nesting accepted: the deepest real path (/quickReference/tips/0/title/en) is 5 levels. */
export const MAX_RULESET_DEPTH = 10;

export function sizeProblem(bytes: number): RulesetProblem[] {
  if (bytes <= MAX_RULESET_BYTES) return [];
  return [{ path: '', message: `the ruleset must be at most ${MAX_RULESET_BYTES / 1024} KB` }];
}

/** UTF-8 length of `text` without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The first value nested too deeply, or a ruleset too large, walking without recursion and stopping as soon as a
 * limit is passed; [] when `value` is within both. Sizes count as JSON text would (close enough to refuse by).
 */
export function shapeProblems(value: unknown): RulesetProblem[] {
  let bytes = 0;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') bytes += utf8Length(v) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) bytes += String(v).length;
    else if (typeof v === 'object') {
      if (depth >= MAX_RULESET_DEPTH) {
        return [{ path, message: `is nested too deeply: a ruleset has at most ${MAX_RULESET_DEPTH} levels of objects and lists` }];
      }
      const entries: Array<[string, unknown]> = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
      bytes += 2 + entries.length;
      if (bytes > MAX_RULESET_BYTES) break;
      for (const [key, child] of entries) {
        if (!Array.isArray(v)) bytes += utf8Length(key) + 3;
        stack.push({ value: child, path: `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth: depth + 1 });
      }
    }
    if (bytes > MAX_RULESET_BYTES) return sizeProblem(bytes);
  }
  return [];
}
