// STUB: to be written. One check per file.
import type { Check } from '../types.js';

export const personalDetails: Check = {
  meta: {
    id: 'personal-details',
    title: { en: 'personal-details', ar: 'personal-details' },
    defaultSeverity: 'warning',
    clause: { en: '', ar: '' },
    source: { document: '', section: '' },
  },
  scan() {
    return [];
  },
};
