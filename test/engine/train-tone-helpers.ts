// Scoring a text with a given tone model, as the check does it.
import { normalize } from '../../src/engine/normalize.js';
import { scoreText, type ToneModel } from '../../src/engine/checks/aggressive-tone/model-score.js';

export function modelFlagsWith(model: ToneModel, text: string): boolean {
  return scoreText(model, normalize(text).text).logit >= model.threshold;
}
