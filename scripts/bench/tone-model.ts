// What the tone models add to the check on one draft: featurise and score every sentence (the engine already
// segments and normalises, so that is not counted here).
import { normalize } from '../../src/engine/normalize.js';
import { segment } from '../../src/engine/segment.js';
import { scoreText, unpack } from '../../src/engine/checks/aggressive-tone/model-score.js';
import { TONE_MODEL_AR } from '../../src/engine/checks/aggressive-tone/model-weights-ar.js';
import { TONE_MODEL_EN } from '../../src/engine/checks/aggressive-tone/model-weights-en.js';

const models = { en: unpack(TONE_MODEL_EN), ar: unpack(TONE_MODEL_AR) };
const ARABIC = /[\u0600-\u06FF]/;

/** The sentences of a draft as the check receives them: normalised text and the model their script picks. */
export function sentencesOf(text: string) {
  return segment(text).map((s) => {
    const n = normalize(text.slice(s.start, s.end)).text;
    return { text: n, model: ARABIC.test(n) ? models.ar : models.en };
  });
}

/** Returns the sum of the logits so the work cannot be optimised away. */
export function toneModelPass(sentences: ReturnType<typeof sentencesOf>): number {
  let sum = 0;
  for (const s of sentences) sum += scoreText(s.model, s.text).logit;
  return sum;
}
