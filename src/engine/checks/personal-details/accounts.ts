// Bank account numbers written without an IBAN: a long run of digits that a word names as an account ("حسابي", "account no").
import { normalizeTerm } from '../../normalize.js';
import { before, cueMatcher, type Candidate } from './candidate.js';
import { matches } from '../../matches.js';

/** Ten to twenty digits, single spaces or dashes between groups allowed. */
const ACCOUNT_RUN = /(?<![\p{L}\p{N}+.,/])\d(?:[ -]?\d){9,19}(?![\p{L}\p{N}]|[.,/-]\d)/gu;

const ACCOUNT_CUE = cueMatcher(
  ['account', 'account no', 'account number', 'acct', 'a/c', 'bank account'],
  ['حساب', 'حسابي', 'الحساب', 'حسابه', 'حسابها', 'حسابنا', 'حسابك'].map(normalizeTerm),
);

export function accountCueIn(window: string): boolean {
  return ACCOUNT_CUE.test(window);
}

export function findBankAccounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ACCOUNT_RUN, text)) {
    if (!ACCOUNT_CUE.test(before(text, m.index, 40))) continue;
    const digits = m[0].replace(/\D/g, '');
    if (/^(\d)\1+$/.test(digits)) continue;
    out.push({ rule: 'bank-account', start: m.index, end: m.index + m[0].length, value: digits, priority: 7 });
  }
  return out;
}
