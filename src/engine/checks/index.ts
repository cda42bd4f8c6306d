// The built-in checks, in the order their findings are listed when they share a span.
import type { Check } from '../types.js';
import { CROSS_CHECKS } from '../cross-checks.js';
import { personalDetails } from './personal-details.js';
import { affiliationDisclosure } from './affiliation-disclosure.js';
import { commitment } from './commitment.js';
import { aggressiveTone } from './aggressive-tone.js';
import { confidentialInformation } from './confidential-information.js';
import { accusation } from './accusation.js';
import { impartiality } from './impartiality.js';
import { caseDetails } from './case-details.js';
import { channel } from './channel.js';

export const CHECKS: readonly Check[] = [personalDetails, affiliationDisclosure, commitment, aggressiveTone, confidentialInformation, accusation, impartiality, caseDetails, channel];

/** Every check's id, the rules across checks (run after the others) last. */
export const CHECK_IDS = [...CHECKS, ...CROSS_CHECKS].map((c) => c.meta.id);
