// The built-in checks, in the order their findings are listed when they share a span.
import type { Check } from '../types.js';
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

export const CHECK_IDS = CHECKS.map((c) => c.meta.id);
