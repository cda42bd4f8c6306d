// Rules across checks: they run after every other check has reported, and read the post's findings as well as its words.
import type { Check } from './types.js';
import { employerDisrepute } from './cross-checks/employer-disrepute.js';
import { friendsOnly } from './cross-checks/friends-only.js';

export const CROSS_CHECKS: readonly Check[] = [employerDisrepute, friendsOnly];
