// STUB: to be written. One check per file.
import type { Check } from '../types.js';

export const commitment: Check = {
  meta: {
    id: 'commitment',
    title: { en: 'commitment', ar: 'commitment' },
    defaultSeverity: 'warning',
    clause: { en: '', ar: '' },
    source: { document: '', section: '' },
  },
  scan() {
    return [];
  },
};
