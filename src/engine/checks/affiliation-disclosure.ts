// STUB: to be written. One check per file.
import type { Check } from '../types.js';

export const affiliationDisclosure: Check = {
  meta: {
    id: 'affiliation-disclosure',
    title: { en: 'affiliation-disclosure', ar: 'affiliation-disclosure' },
    defaultSeverity: 'warning',
    clause: { en: '', ar: '' },
    source: { document: '', section: '' },
  },
  scan() {
    return [];
  },
};
