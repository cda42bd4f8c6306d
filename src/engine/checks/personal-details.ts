// personal-details: phone numbers, emails, home addresses, ID, card and bank numbers, dates of birth.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { normalize, normalizeTerm, toOriginal } from '../normalize.js';
import type { Check, CheckEnv, Hit, PlacedHit, Ruleset, Segment } from '../types.js';
import { countDigits, type Candidate, type DetailRule } from './personal-details/candidate.js';
import { findPhones, phoneCueIn } from './personal-details/phones.js';
import { findEmails } from './personal-details/emails.js';
import { findLatinAddresses } from './personal-details/addresses.js';
import { findArabicAddresses } from './personal-details/addresses-ar.js';
import { cardCueIn, findCards, findIbans } from './personal-details/payment.js';
import {
  civilCueIn, findCivilIds, findDrivingLicences, findNhsNumbers, findNiNumbers, findPassports, findSsns, passportCueIn,
} from './personal-details/ids.js';
import { birthCueIn, findBirthDates } from './personal-details/birth-date.js';
import { findBankAccounts } from './personal-details/accounts.js';
import { findPlates } from './personal-details/plates.js';
import { organisationLine, organisationPremises, referenceNumber } from './personal-details/published.js';
import { detailParams } from './personal-details/params.js';
import { PERSONAL_DETAIL_RULES, personalDetailsMeta } from './meta/personal-details.js';

/** Cue words that can stand at the end of one sentence and name the number in the next ("Date of birth? 12/03/1990"). */
const CUE_TESTS: ReadonlyArray<[DetailRule, (window: string) => boolean]> = [
  ['phone', phoneCueIn],
  ['date-of-birth', birthCueIn],
  ['card', cardCueIn],
  ['civil-id', civilCueIn],
  ['passport', passportCueIn],
];
/** How far (characters) a cue may stand before the number it names. */
const CUE_REACH = 40;
const CUE_SIGNAL = 'cue';
const PENDING_SIGNAL = 'needs-cue';

export { PERSONAL_DETAIL_RULES };

export const personalDetails: Check = {
  meta: personalDetailsMeta,
  scan(segment: Segment, env: CheckEnv): Hit[] {
    const hits: Hit[] = trailingCues(segment.text);
    const found = resolve(candidates(segment, regionOf(env.ruleset)));
    if (found.length === 0) return hits;
    const ignore = new Set((env.config.options.ignore as string[] | undefined) ?? []);
    const pub = publicContacts(env.ruleset);
    // Messages quote the draft as written (Arabic letters and digits unfolded), so map back once per segment.
    const map = normalize(segment.original);
    for (const c of found) {
      if (ignore.has(c.rule) || isPublic(c, pub)) continue;
      // The organisation's own lines and a file's reference numbers belong to no one person.
      if (organisationLine(segment.text, c) || referenceNumber(segment.text, c) || organisationPremises(segment.text, c)) continue;
      const [from, to] = toOriginal(map, c.start, c.end);
      const hit: Hit = { rule: c.rule, start: c.start, end: c.end, params: detailParams(c.rule, segment.original.slice(from, to)) };
      if (c.needsCue) hit.signal = PENDING_SIGNAL;
      hits.push(hit);
    }
    return hits;
  },
  combine(hits: PlacedHit[]): PlacedHit[] {
    // Cues and kept hits looked up by sentence, not searched across the post: a long post of numbers stays linear.
    // Hits of different sentences never overlap, so the overlap test needs only the kept hits of the same sentence.
    const cues = new Map<number, PlacedHit[]>();
    for (const h of hits) if (h.signal === CUE_SIGNAL) pushTo(cues, h.segment, h);
    const kept = new Map<number, PlacedHit[]>();
    const out: PlacedHit[] = [];
    for (const h of hits) {
      if (h.signal === CUE_SIGNAL) continue;
      if (h.signal !== PENDING_SIGNAL) {
        out.push(h);
        pushTo(kept, h.segment, h);
        continue;
      }
      const cued = (cues.get(h.segment - 1) ?? []).some((c) => c.rule === h.rule && h.start - c.end <= CUE_REACH);
      if (cued && !(kept.get(h.segment) ?? []).some((o) => h.start < o.end && o.start < h.end)) {
        const found = { ...h, signal: undefined };
        out.push(found);
        pushTo(kept, h.segment, found);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Signals for cue words near the end of a sentence, which may name a number in the next one. */
function trailingCues(text: string): Hit[] {
  const end = text.trimEnd().length;
  if (end === 0) return [];
  const tail = text.slice(Math.max(0, end - CUE_REACH), end);
  return CUE_TESTS.filter(([, test]) => test(tail)).map(([rule]) => ({ rule, start: end - 1, end, signal: CUE_SIGNAL }));
}

/** Every detector whose cheap gate passes; the expensive ones (libphonenumber) only on digit-rich text. */
function candidates(segment: Segment, region: CountryCode): Candidate[] {
  const text = segment.text;
  const digits = countDigits(text);
  const out: Candidate[] = [];
  if (text.includes('@') || /\bat\b/i.test(text)) out.push(...findEmails(text));
  if (segment.hasArabic) out.push(...findArabicAddresses(text));
  if (digits === 0) return out;
  if (segment.hasLatin) out.push(...findLatinAddresses(text));
  if (digits >= 4) out.push(...findBirthDates(text));
  if (segment.hasArabic || segment.hasLatin) out.push(...findPlates(text));
  if (digits >= 6) {
    out.push(...findCivilIds(text), ...findPassports(text), ...findNhsNumbers(text), ...findSsns(text));
    if (segment.hasLatin) out.push(...findNiNumbers(text), ...findDrivingLicences(text), ...findIbans(text));
  }
  if (digits >= 7) out.push(...findPhones(text, region));
  if (digits >= 10) out.push(...findBankAccounts(text));
  if (digits >= 12) out.push(...findCards(text));
  return out;
}

/** Keep the strongest reading of each span, then join neighbouring address parts ("Way 3015, Villa 12"). */
function resolve(all: Candidate[]): Candidate[] {
  if (all.length < 2) return all;
  const ranked = [...all].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    // Readings that still need a cue may overlap each other: the cue decides which one stands.
    const rivals = c.needsCue ? kept.filter((k) => !k.needsCue) : kept;
    if (!rivals.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return mergeAddresses(kept);
}

function mergeAddresses(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    const place = (r: DetailRule) => r === 'address' || r === 'postal-code';
    if (last && !c.needsCue && !last.needsCue && place(last.rule) && place(c.rule) && c.start - last.end <= 3) {
      out[out.length - 1] = { ...last, rule: 'address', end: c.end, value: `${last.value}, ${c.value}` };
    } else {
      out.push(c);
    }
  }
  return out;
}

function regionOf(ruleset: Ruleset): CountryCode {
  const region = ruleset.defaultRegion?.toUpperCase();
  return region && isSupportedCountry(region) ? region : 'OM';
}

interface PublicContacts {
  phones: Set<string>;
  emails: Set<string>;
  addresses: string[];
}

const publicCache = new WeakMap<Ruleset, PublicContacts>();

/** The organisation's own contact details in comparable form: phones as E.164, emails lower-cased. */
function publicContacts(ruleset: Ruleset): PublicContacts {
  let pub = publicCache.get(ruleset);
  if (pub) return pub;
  const region = regionOf(ruleset);
  const contacts = ruleset.publicContacts ?? {};
  pub = {
    phones: new Set((contacts.phones ?? []).map((p) => parsePhoneNumberFromString(normalizeTerm(p), region)?.number ?? p.replace(/\D/g, ''))),
    emails: new Set((contacts.emails ?? []).map((e) => e.trim().toLowerCase())),
    addresses: (contacts.addresses ?? []).map(comparable),
  };
  publicCache.set(ruleset, pub);
  return pub;
}

function comparable(s: string): string {
  return normalizeTerm(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isPublic(c: Candidate, pub: PublicContacts): boolean {
  switch (c.rule) {
    case 'phone':
      return pub.phones.has(c.value) || pub.phones.has(c.value.replace(/\D/g, ''));
    case 'email':
      return pub.emails.has(c.value.toLowerCase());
    case 'address':
    case 'postal-code': {
      const v = comparable(c.value);
      return v.length > 0 && pub.addresses.some((a) => a.includes(v));
    }
    default:
      return false;
  }
}
