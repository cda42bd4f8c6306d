// What the engine says of the post being replied to: whether it is itself abusive, so a reply can be coached to stay calm.
import type { Analyzer } from './analyzer.js';
import { aggressiveToneMeta } from './checks/meta/aggressive-tone.js';

/** True when the tone check finds the replied-to post aggressive (read as a stranger's post: capacity unknown). */
export function isAbusivePost(analyzer: Analyzer, post: string, site?: string): boolean {
  if (!post) return false;
  const context = site === undefined ? { capacity: 'unknown' as const } : { capacity: 'unknown' as const, site };
  return analyzer.analyze(post, context).some((f) => f.check === aggressiveToneMeta.id);
}
