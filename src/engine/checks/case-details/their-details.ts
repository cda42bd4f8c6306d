// A person's own details next to a case: the personal-details check's finders, minus the organisation's own lines.
import type { CountryCode } from 'libphonenumber-js/max';
import { countDigits, type Candidate } from '../personal-details/candidate.js';
import { findEmails } from '../personal-details/emails.js';
import { findPhones } from '../personal-details/phones.js';
import { findCivilIds, findPassports } from '../personal-details/ids.js';
import { findBirthDates } from '../personal-details/birth-date.js';
import { findLatinAddresses } from '../personal-details/addresses.js';
import { findArabicAddresses } from '../personal-details/addresses-ar.js';
import { organisationLine, organisationPremises } from '../personal-details/published.js';
import type { Span } from './lexicon.js';

/** Phones, emails, civil and passport numbers, dates of birth and addresses that belong to a person. */
export function findTheirDetails(text: string, hasArabic: boolean, hasLatin: boolean, region: CountryCode): Span[] {
  const digits = countDigits(text);
  const found: Candidate[] = [];
  if (text.includes('@')) found.push(...findEmails(text));
  if (hasArabic) found.push(...findArabicAddresses(text));
  if (digits > 0 && hasLatin) found.push(...findLatinAddresses(text));
  if (digits >= 4) found.push(...findBirthDates(text));
  if (digits >= 6) found.push(...findCivilIds(text), ...findPassports(text));
  if (digits >= 7) found.push(...findPhones(text, region));
  return found
    .filter((c) => !c.needsCue && !organisationLine(text, c) && !organisationPremises(text, c))
    .map((c) => ({ start: c.start, end: c.end }));
}
