// Obscene gestures sent as emoji: the raised middle finger, in any skin tone.
import type { Hit } from '../../types.js';
import { toneHit } from './tone-hit.js';

const MIDDLE_FINGER = /\u{1F595}[\u{1F3FB}-\u{1F3FF}]?/gu;

export function gestureHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('\u{1F595}')) return hits;
  MIDDLE_FINGER.lastIndex = 0;
  for (let m = MIDDLE_FINGER.exec(text); m !== null; m = MIDDLE_FINGER.exec(text)) {
    hits.push(toneHit('profanity', m.index, m.index + m[0].length));
  }
  return hits;
}
