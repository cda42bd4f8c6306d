// What each personal-details detector reports, and the small text helpers they share.

/** Kinds of personal detail; the rule id of each finding. */
export type DetailRule =
  | 'phone'
  | 'email'
  | 'address'
  | 'postal-code'
  | 'civil-id'
  | 'ni-number'
  | 'nhs-number'
  | 'ssn'
  | 'driving-licence'
  | 'passport'
  | 'card'
  | 'iban'
  | 'bank-account'
  | 'vehicle-plate'
  | 'date-of-birth';

/** A personal detail found in normalised segment text. */
export interface Candidate {
  rule: DetailRule;
  start: number;
  end: number;
  /** The detail as written (normalised), for the message and for the public-contacts list. */
  value: string;
  /** Higher wins when two candidates overlap (checksummed numbers beat shapes). */
  priority: number;
  /** Found only if a cue word stands just before it, possibly at the end of the previous sentence. */
  needsCue?: boolean;
}

/** Count ASCII digits; the cheap gate in front of every number detector. */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The `width` characters before `index`, lower-cased, for looking for a cue word. */
export function before(text: string, index: number, width: number): string {
  return text.slice(Math.max(0, index - width), index).toLowerCase();
}

/** The `width` characters after `index`, lower-cased. */
export function after(text: string, index: number, width: number): string {
  return text.slice(index, index + width).toLowerCase();
}

/**
 * Build a matcher for a list of cue words: Latin words match whole words; Arabic words match
 * anywhere (Arabic attaches prefixes such as و ب ل ال, so a word boundary would miss them).
 * The terms must already be normalised with normalizeTerm().
 */
export function cueMatcher(latin: string[], arabic: string[] = []): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![a-z0-9])(?:${latin.map(esc).join('|')})(?![a-z0-9])`);
  if (arabic.length) parts.push(`(?:${arabic.map(esc).join('|')})`);
  return new RegExp(parts.join('|'), 'i');
}
