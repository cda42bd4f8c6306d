// The organisation's own confidential words from the ruleset: code names and embargoed topics, the shapes of its
// internal reference numbers ("INT-####/##") and its intranet hosts, compiled once per ruleset.
import type { Ruleset } from '../../types.js';
import { wordListRegex } from '../../text/words.js';
import type { Span } from './markings.js';

export interface OrganisationLists {
  terms: RegExp | null;
  references: RegExp | null;
  intranet: RegExp | null;
}

const cache = new WeakMap<Ruleset, OrganisationLists>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A reference shape as a pattern of fixed length: "#" is one digit, "@" one letter, anything else stands for itself
 * (letters in any case). Fixed counts only, so the pattern reads the text once.
 */
export function shapeSource(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; ) {
    const c = shape[i];
    let j = i + 1;
    while (j < shape.length && shape[j] === c) j++;
    const n = j - i;
    if (c === '#') out += n === 1 ? '[0-9]' : `[0-9]{${n}}`;
    else if (c === '@') out += n === 1 ? '[A-Za-z]' : `[A-Za-z]{${n}}`;
    else out += escape(c).repeat(n);
    i = j;
  }
  return out;
}

function referencesRegex(shapes: readonly string[]): RegExp | null {
  const list = [...new Set(shapes.map((s) => s.trim()).filter((s) => s.includes('#')))];
  if (list.length === 0) return null;
  const alt = list.sort((a, b) => b.length - a.length).map(shapeSource).join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${alt})(?![A-Za-z0-9])`, 'gi');
}

/** A host, or a name under it ("wiki.intranet.mds.gov.om"), not a longer host that merely ends with its letters. */
function intranetRegex(hosts: readonly string[]): RegExp | null {
  const list = [...new Set(hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))];
  if (list.length === 0) return null;
  const alt = list.sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![A-Za-z0-9-])(?:${alt})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');
}

export function organisationLists(ruleset: Ruleset): OrganisationLists {
  let lists = cache.get(ruleset);
  if (!lists) {
    const c = ruleset.confidential;
    lists = {
      terms: c?.terms ? wordListRegex(c.terms) : null,
      references: c?.referenceShapes ? referencesRegex(c.referenceShapes) : null,
      intranet: c?.intranetHosts ? intranetRegex(c.intranetHosts) : null,
    };
    cache.set(ruleset, lists);
  }
  return lists;
}

/** A subdomain before a matched host belongs to the same link: the span grows back over its labels. */
export function widenHost(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && /[A-Za-z0-9.-]/.test(text[start - 1])) start--;
  while (start < span.start && text[start] === '.') start++;
  return { start, end: span.end };
}
