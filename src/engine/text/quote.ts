// What the person wrote, for a message: spans of normalised text quoted from the original.
import { normalize, toOriginal } from '../normalize.js';
import type { Segment } from '../types.js';

/** Quotes spans of a segment's normalised text from its original, so a message shows what the person wrote. */
export function quoter(segment: Segment): (start: number, end: number) => string {
  let n: ReturnType<typeof normalize> | undefined;
  return (start, end) => {
    n ??= normalize(segment.original);
    const [s, e] = toOriginal(n, start, end);
    return segment.original.slice(s, e).replace(/\s+/g, ' ');
  };
}
