// STUB: to be written. One check per file.
import type { Check } from '../types.js';

export const aggressiveTone: Check = {
  meta: {
    id: 'aggressive-tone',
    title: { en: 'aggressive-tone', ar: 'aggressive-tone' },
    defaultSeverity: 'warning',
    clause: { en: '', ar: '' },
    source: { document: '', section: '' },
  },
  scan() {
    return [];
  },
};
