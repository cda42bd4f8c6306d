// The values a personal-details finding's words quote: contact details as typed, identity numbers by their end only.
import type { RuleParams } from '../../types.js';
import type { DetailRule } from './candidate.js';

/** Numbers that identify a person or open an account: their templates name `{ending}`, never the whole number. */
const MASKED = new Set<DetailRule>(['civil-id', 'ni-number', 'nhs-number', 'ssn', 'driving-licence', 'passport', 'card', 'iban', 'bank-account']);

/** Characters of a long contact detail shown before "…". */
const QUOTE_LIMIT = 48;

/** `written`: the detail as it stands in the draft, digits as typed (Arabic-Indic stay Arabic-Indic). */
export function detailParams(rule: DetailRule, written: string): RuleParams {
  if (MASKED.has(rule)) return { ending: written.replace(/[^\p{L}\p{N}]/gu, '').slice(-4) };
  const one = written.replace(/\s+/g, ' ').trim();
  return { words: one.length > QUOTE_LIMIT ? `${one.slice(0, QUOTE_LIMIT - 1)}…` : one };
}
