// Where a post names or points to the writer's employer: the organisation's names and aliases from the ruleset, and the
// workplace said from inside ("our ministry", "where I work", "وزارتنا", "إحنا في الدائرة"), by affiliation-disclosure's finders.
import { arabicInsider } from '../checks/affiliation-disclosure/arabic-insider.js';
import { englishInsider } from '../checks/affiliation-disclosure/english-insider.js';
import { organisationTerms } from '../text/organisation-terms.js';
import { alternation, spans } from '../text/words.js';
import { AR_WORKPLACE, EN_WORKPLACE } from '../checks/affiliation-disclosure/workplace.js';
import type { Ruleset, Segment } from '../types.js';
import type { Span } from './friends-only-phrases.js';

/** "I work at the ministry", "أعمل في الوزارة": saying where one works names the employer as plainly as its name does. */
const EN_I_WORK = new RegExp(
  `\\bI(?:['’]m|\\s+am)?\\s+(?:work|working|employed|an employee|a civil servant|on the staff)\\s+(?:at|for|in|with)\\s+(?:the\\s+|my\\s+|our\\s+)?${alternation(EN_WORKPLACE)}\\b`,
  'gi',
);
const AR_I_WORK = new RegExp(
  `(?<![\\p{L}])(?:اعمل|اشتغل|موظف|موظفه|شغال|شغاله)\\s+(?:(?:في|لدي|مع)\\s+|ب)(?:ال)?${alternation(AR_WORKPLACE)}(?![\\p{L}])`,
  'gu',
);

/** Spans of a normalised sentence that name or point to the employer, in order, overlapping ones joined. */
export function employerMentions(segment: Segment, ruleset: Ruleset): Span[] {
  const text = segment.text;
  const org = ruleset.organisation;
  const names = org ? [org.name, ...(org.aliases ?? [])] : [];
  const found: Span[] = spans(organisationTerms(ruleset).names, text).map(([start, end]) => ({ start, end }));
  if (segment.hasLatin) for (const [start, end] of spans(EN_I_WORK, text)) found.push({ start, end });
  if (segment.hasArabic) for (const [start, end] of spans(AR_I_WORK, text)) found.push({ start, end });
  // "We're rolling out the new kiosks" (a weak span) says what one does at work, not who the employer is.
  if (segment.hasLatin) found.push(...englishInsider(text, names, []).filter((s) => !s.weak));
  if (segment.hasArabic) found.push(...arabicInsider(text, names));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
