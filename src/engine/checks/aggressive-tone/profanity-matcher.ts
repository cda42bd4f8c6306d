// Narrows obscenity's matcher to the patterns that can match a sentence: it runs one regex per pattern (a few hundred),
// while most sentences can match none and the rest only a handful.
import {
  RegExpMatcher,
  SyntaxKind,
  type BlacklistedTerm,
  type LiteralNode,
  type Node,
  type RegExpMatcherOptions,
  type WildcardNode,
} from 'obscenity';

/** The characters obscenity escapes when it turns a pattern into a regex. */
const SPECIAL = new Set('[.*+?^${}()|\\]'.split('').map((c) => c.charCodeAt(0)));

function literalSource(chars: number[]): string {
  let out = '';
  for (const c of chars) out += (SPECIAL.has(c) ? '\\' : '') + String.fromCodePoint(c);
  return out;
}

/** The regex source obscenity compiles a node to; null for a node it does not compile. */
function nodeSource(node: Node | LiteralNode | WildcardNode): string | null {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return literalSource(node.chars);
    case SyntaxKind.Wildcard:
      return '.';
    case SyntaxKind.Optional: {
      const child = nodeSource(node.childNode);
      return child === null ? null : `(?:${child})?`;
    }
    default:
      return null;
  }
}

/** Every blacklisted pattern as one alternation: it matches somewhere exactly when one of the patterns does. */
function unionOf(terms: readonly BlacklistedTerm[]): RegExp | null {
  const parts: string[] = [];
  for (const { pattern } of terms) {
    let source = pattern.requireWordBoundaryAtStart ? '\\b' : '';
    for (const node of pattern.nodes) {
      const part = nodeSource(node);
      if (part === null) return null;
      source += part;
    }
    if (pattern.requireWordBoundaryAtEnd) source += '\\b';
    parts.push(`(?:${source})`);
  }
  return new RegExp(parts.join('|'), 's');
}

/** The longest literal every match of a pattern contains, or null when the pattern has none. */
function requiredLiteral(term: BlacklistedTerm): string | null {
  let longest: number[] = [];
  for (const node of term.pattern.nodes) {
    if (node.kind === SyntaxKind.Literal && node.chars.length > longest.length) longest = node.chars;
  }
  return longest.length > 0 ? String.fromCodePoint(...longest) : null;
}

/** Where to look a literal up: its first two code units, or its only one. */
function keyOf(literal: string): number {
  return literal.length === 1 ? literal.charCodeAt(0) : pairKey(literal.charCodeAt(0), literal.charCodeAt(1));
}

/** Pairs of code units above every single code unit, so one map holds both. */
const pairKey = (a: number, b: number) => 0x10000 + a * 0x10000 + b;

const NONE: readonly number[] = [];

interface Step {
  transform(char: number): number | undefined;
  reset?(): void;
}

/** Code points below this have the leading stateless transformers looked up in a table (Latin, Greek, Cyrillic, Arabic...). */
const TABLE_SIZE = 0x800;
const DROPPED = -1;

/** Matchers over subsets of the patterns, by the subset; sentences with the same words reuse them. */
const SUBSET_CACHE_LIMIT = 200;

/**
 * `input -> matcher | null`: null when obscenity's matcher over `options` finds nothing in `input`, else a matcher
 * whose getAllMatches(input) gives exactly what the full one gives. The input is transformed as obscenity does it,
 * tested against the union of the patterns, and the patterns whose required literal cannot occur are left out.
 */
export function profanityMatcher(options: RegExpMatcherOptions): (input: string) => RegExpMatcher | null {
  const full = new RegExpMatcher(options);
  const terms = options.blacklistedTerms;
  const union = unionOf(terms);
  if (!union) return () => full; // a pattern we cannot mirror: always ask the full matcher
  const transformers = options.blacklistMatcherTransformers ?? [];
  const steps: Step[] = transformers.map((t) => ('factory' in t ? t.factory() : t));
  // Stateless transformers before the first stateful one are pure: their composition is tabulated once.
  let lead = 0;
  while (lead < transformers.length && !('factory' in transformers[lead])) lead++;
  const applyLead = (char: number): number => {
    let c: number | undefined = char;
    for (let s = 0; s < lead && c !== undefined; s++) c = steps[s].transform(c);
    return c === undefined ? DROPPED : c;
  };
  const table = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) table[c] = applyLead(c);

  // A pattern can match only where its required literal occurs: index the literals by their first code units.
  const always: number[] = [];
  const literals = terms.map(requiredLiteral);
  const byKey = new Map<number, number[]>();
  literals.forEach((literal, index) => {
    if (literal === null) always.push(index);
    else byKey.set(keyOf(literal), [...(byKey.get(keyOf(literal)) ?? []), index]);
  });
  const subsets = new Map<string, RegExpMatcher>();

  function transform(input: string): string {
    let transformed = '';
    for (let i = 0; i < input.length; ) {
      const code = input.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      const led = code < TABLE_SIZE ? table[code] : applyLead(code);
      if (led === DROPPED) continue;
      let char: number | undefined = led;
      for (let s = lead; s < steps.length && char !== undefined; s++) char = steps[s].transform(char);
      if (char !== undefined) transformed += String.fromCodePoint(char);
    }
    for (const step of steps) step.reset?.();
    return transformed;
  }

  function candidates(transformed: string): number[] {
    const found = new Set<number>(always);
    for (let i = 0; i < transformed.length; i++) {
      const a = transformed.charCodeAt(i);
      for (const index of byKey.get(a) ?? NONE) found.add(index);
      if (i + 1 < transformed.length) {
        for (const index of byKey.get(pairKey(a, transformed.charCodeAt(i + 1))) ?? NONE) {
          if (transformed.startsWith(literals[index]!, i)) found.add(index);
        }
      }
    }
    return [...found].sort((x, y) => x - y);
  }

  return (input) => {
    const transformed = transform(input);
    if (!union.test(transformed)) return null;
    const subset = candidates(transformed);
    const key = subset.join(',');
    let matcher = subsets.get(key);
    if (!matcher) {
      if (subsets.size >= SUBSET_CACHE_LIMIT) subsets.clear();
      matcher = new RegExpMatcher({ ...options, blacklistedTerms: subset.map((index) => terms[index]) });
      subsets.set(key, matcher);
    }
    return matcher;
  };
}
