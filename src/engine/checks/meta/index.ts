// Every built-in check's metadata, in the engine's order, without the checks' code or libraries: what the popup,
// the options page and the managed-policy keys need. Each check takes its `meta` from the module beside this one.
import type { CheckMeta } from '../../types.js';
import { affiliationDisclosureMeta } from './affiliation-disclosure.js';
import { aggressiveToneMeta } from './aggressive-tone.js';
import { commitmentMeta } from './commitment.js';
import { confidentialInformationMeta } from './confidential-information.js';
import { accusationMeta } from './accusation.js';
import { impartialityMeta } from './impartiality.js';
import { caseDetailsMeta } from './case-details.js';
import { channelMeta } from './channel.js';
import { personalDetailsMeta } from './personal-details.js';
import { employerDisreputeMeta } from './employer-disrepute.js';
import { friendsOnlyMeta } from './friends-only.js';

/** The rules across checks (src/engine/cross-checks.ts), listed after every check as the engine runs them. */
const CROSS_CHECK_METAS: readonly CheckMeta[] = [employerDisreputeMeta, friendsOnlyMeta];

export const CHECK_METAS: readonly CheckMeta[] = [personalDetailsMeta, affiliationDisclosureMeta, commitmentMeta, aggressiveToneMeta, confidentialInformationMeta, accusationMeta, impartialityMeta, caseDetailsMeta, channelMeta, ...CROSS_CHECK_METAS];

export const CHECK_META_IDS: readonly string[] = CHECK_METAS.map((m) => m.id);
