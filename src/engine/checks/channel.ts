// channel: on an official account, a personal channel offered or an online question sent back to a call or a visit.
import type { Check, CheckEnv, Hit, Segment } from '../types.js';
import { quoter } from '../text/quote.js';
import { findPersonalChannels } from './channel/personal.js';
import { findBackwardShifts } from './channel/backward.js';
import { channelMeta, type ChannelRule } from './meta/channel.js';

/** Characters between two cues of the same kind that still make one stretch ("كلمني على رقمي"). */
const JOIN_GAP = 12;

export const channel: Check = {
  meta: channelMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    // The channels are the organisation's only on its own account; unknown capacity stays quiet (a note, not a guess).
    if (env.context.capacity !== 'official') return [];
    const text = segment.text;
    const found: Array<{ start: number; end: number; rule: ChannelRule }> = [
      ...findPersonalChannels(text, segment.hasLatin, segment.hasArabic).map((s) => ({ ...s, rule: 'personal-channel' as const })),
      ...findBackwardShifts(text, segment.hasLatin, segment.hasArabic).map((s) => ({ ...s, rule: 'backward-shift' as const })),
    ];
    if (found.length === 0) return [];
    const quote = quoter(segment);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: Hit[] = [];
    // One finding per stretch of words: "WhatsApp me on my personal number" is one offer, not two.
    let last: { start: number; end: number; rule: ChannelRule } | undefined;
    const stretches: Array<{ start: number; end: number; rule: ChannelRule }> = [];
    for (const f of found) {
      if (last && f.start - last.end <= JOIN_GAP && (f.rule === last.rule || f.start < last.end)) last.end = Math.max(last.end, f.end);
      else stretches.push((last = { ...f }));
    }
    for (const s of stretches) hits.push({ rule: s.rule, start: s.start, end: s.end, params: { words: quote(s.start, s.end) } });
    return hits;
  },
};
