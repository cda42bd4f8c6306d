// Whether a sentence names or points to the writer's employer: the organisation's names and aliases from the ruleset,
// and the workplace said from inside ("our ministry", "وزارتنا"), by affiliation-disclosure's own finders.
import { arabicInsider } from '../affiliation-disclosure/arabic-insider.js';
import { englishInsider } from '../affiliation-disclosure/english-insider.js';
import { mentions } from '../../matches.js';
import { organisationTerms } from '../../text/organisation-terms.js';
import type { Ruleset, Segment } from '../../types.js';

/** True when the sentence names the employer or speaks from inside it. */
export function namesEmployer(segment: Segment, ruleset: Ruleset): boolean {
  if (mentions(organisationTerms(ruleset).names, segment.text)) return true;
  const org = ruleset.organisation;
  const names = org ? [org.name, ...(org.aliases ?? [])] : [];
  // "We're rolling out the new kiosks" (a weak span) says what one does at work, not who the employer is.
  if (segment.hasLatin && englishInsider(segment.text, names, []).some((s) => !s.weak)) return true;
  return segment.hasArabic && arabicInsider(segment.text, names).length > 0;
}
