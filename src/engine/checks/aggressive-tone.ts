// aggressive-tone: insults, swearing, slurs, threats, curses, dismissals and shouting, in English and Arabic.
import { normalize, normalizeTerm, toOriginal } from '../normalize.js';
import type { Check, CheckEnv, Hit, Segment } from '../types.js';
import { arabicCurseHits } from './aggressive-tone/arabic-curses.js';
import { arabicLexiconHits } from './aggressive-tone/arabic-lexicon.js';
import { withoutReportedArabic } from './aggressive-tone/arabic-reported.js';
import { mayBeArabizi } from '../arabic/index.js';
import { englishPhraseHits } from './aggressive-tone/english-phrases.js';
import { englishProfanityHits } from './aggressive-tone/english-profanity.js';
import { withoutUnmeantEnglish } from './aggressive-tone/english-unmeant.js';
import { gestureHits } from './aggressive-tone/gestures.js';
import { exclamationHits, shoutingHits } from './aggressive-tone/shouting.js';
import { threatHits } from './aggressive-tone/threats.js';
import { GRAVITY, quotesWords, type ToneRule } from './aggressive-tone/tone-hit.js';
import { modelHit } from './aggressive-tone/model.js';
import { arabicModelText } from './aggressive-tone/arabic-model-text.js';
import { aggressiveToneMeta } from './meta/aggressive-tone.js';

interface ToneOptions {
  /** Flag runs of capital words (default true). */
  shouting: boolean;
  /** Flag piles of exclamation marks (default true). */
  exclamations: boolean;
  /** Words or phrases never flagged here, e.g. a place name that looks like a swear word. */
  allow: string[];
  /** Add the trained model's estimate where the word rules are silent (default true). */
  model: boolean;
}

function readOptions(env: CheckEnv): ToneOptions {
  const o = env.config.options;
  return {
    shouting: o.shouting !== false,
    exclamations: o.exclamations !== false,
    allow: Array.isArray(o.allow) ? o.allow.filter((w): w is string => typeof w === 'string').map(normalizeTerm) : [],
    model: o.model !== false,
  };
}

/** Handles and links name accounts and pages, not the writer's words ("@RobertCDick"). */
const HANDLES_AND_LINKS = /@[\p{L}\p{N}_]+|\bhttps?:\/\/\S+|\bwww\.\S+/gu;

/** Every handle or link starts with one of these. */
const HANDLE_OR_LINK_START = /@|https?:\/\/|www\./i;

/** Blank out handles and links with spaces, so offsets stay those of the segment. */
function maskHandles(text: string): string {
  if (!HANDLE_OR_LINK_START.test(text)) return text; // nothing to mask: spare the Unicode pattern
  return text.replace(HANDLES_AND_LINKS, (m) => ' '.repeat(m.length));
}

/** Shouting and exclamation marks describe the whole stretch; they may sit on top of word hits. */
const STYLE_RULES = new Set<string>(['shouting', 'exclamations']);

/**
 * Of overlapping word hits keep the gravest, then the longest: "shut the fuck up" is one
 * dismissal, not a dismissal and a swear word on top of it.
 */
function keepGravest(hits: Hit[]): Hit[] {
  const style = hits.filter((h) => STYLE_RULES.has(h.rule));
  const words = hits
    .filter((h) => !STYLE_RULES.has(h.rule))
    .sort(
      (a, b) =>
        GRAVITY[b.rule as ToneRule] - GRAVITY[a.rule as ToneRule] || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const kept: Hit[] = [];
  for (const h of words) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return [...kept, ...style].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Messages quote the words as the person wrote them ("زبالة", "f.u.c.k"), not their folded form;
 * only segments with findings pay for the second normalisation that maps spans back.
 */
function quoteAsWritten(hits: Hit[], segment: Segment): Hit[] {
  if (!hits.some((h) => quotesWords(h.rule))) return hits;
  const n = normalize(segment.original);
  return hits.map((h) => {
    if (!quotesWords(h.rule)) return h;
    const [start, end] = toOriginal(n, h.start, h.end);
    return { ...h, params: { words: segment.original.slice(start, end).replace(/\s+/g, ' ').trim() } };
  });
}

export const aggressiveTone: Check = {
  meta: aggressiveToneMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const options = readOptions(env);
    const text = maskHandles(segment.text);
    const hits: Hit[] = [...threatHits(text, segment.hasArabic, segment.hasLatin), ...gestureHits(text)];
    if (segment.hasLatin) {
      // Name-calling the writer denies, quotes or reports is not the writer's tone.
      hits.push(...withoutUnmeantEnglish([...englishProfanityHits(text), ...englishPhraseHits(text)], text));
      if (options.shouting) hits.push(...shoutingHits(text));
    }
    if (segment.hasArabic) hits.push(...arabicLexiconHits(text), ...arabicCurseHits(text));
    else if (segment.hasLatin && mayBeArabizi(text)) hits.push(...arabicLexiconHits(text)); // Arabic in Latin letters: "uskut ya ghabi"
    // Words someone else said, reported or quoted in Arabic, are not the writer's tone.
    if (segment.hasArabic) hits.splice(0, hits.length, ...withoutReportedArabic(hits, text));
    if (options.exclamations) hits.push(...exclamationHits(text));
    const allowed = options.allow.length
      ? hits.filter((h) => !options.allow.includes(normalizeTerm(text.slice(h.start, h.end))))
      : hits;
    const found = quoteAsWritten(keepGravest(allowed), segment);
    // The model only speaks where no word rule did, so the rules keep their precision and their wording.
    if (options.model && !found.some((h) => !STYLE_RULES.has(h.rule))) {
      // The Arabic model reads the text without vocatives: "يا حبيبي" and "يا رب" say nothing about tone.
      const read = segment.hasArabic ? arabicModelText(text) : text;
      const estimate = modelHit(read, segment, options.allow);
      if (estimate) found.push(estimate);
    }
    return found;
  },
};
