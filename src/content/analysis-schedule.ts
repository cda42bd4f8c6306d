// When a compose box is analysed: once it has been quiet for the debounce (never during IME composition), a slice per
// task while much of its text is new, and at once before a post is sent.
import type { ContentContext } from './context.js';
import { sliceEnds } from './slices.js';

export const DEBOUNCE_MS = 150;

/** What the schedule runs: the session's reading and analysis of its box. */
export interface ScheduledAnalysis {
  /** The box's text now. */
  read(): string;
  /** The text the last whole analysis ran on ('' before the first). */
  lastAnalysed(): string;
  /** Analyses the start of a long new text, so the next slice and the whole text find it cached; nothing is shown. */
  analyzeSlice(text: string): void;
  /** Analyses the whole text: `drawNow` when the page's layout is known to be clean, `text` when read in this task. */
  analyzeWhole(drawNow: boolean, text?: string): void;
  /** The box changed, before any analysis: underlines follow their words meanwhile. */
  changed(): void;
}

export class AnalysisSchedule {
  private composing = false;
  private timer = 0;
  /** When the box last changed: the debounce waits until it has been quiet this long, without re-arming a timer per key. */
  private lastEdit = -Infinity;
  /** How far a long new text has been analysed slice by slice (0 when none is under way). */
  private slicedTo = 0;

  constructor(
    private readonly ctx: ContentContext,
    private readonly analysis: ScheduledAnalysis,
  ) {}

  /** The first analysis, when the session starts. */
  start(): void {
    this.analyzeInSlices(false);
  }

  /** The box changed (typing, a paste, a site restoring a draft). */
  edited(): void {
    if (this.ctx.aborted) return;
    this.analysis.changed();
    if (this.composing) return;
    this.lastEdit = performance.now();
    if (!this.timer) this.wait(DEBOUNCE_MS);
  }

  compositionStarted(): void {
    this.composing = true;
  }

  compositionEnded(): void {
    this.composing = false;
    this.edited();
  }

  /** Runs a pending analysis at once (before a post is sent). */
  flush(): void {
    if (this.timer) {
      this.ctx.clearTimeout(this.timer);
      this.timer = 0;
    }
    this.analysis.analyzeWhole(false);
  }

  /** Analyses once the box has been quiet for the debounce: a burst of keys costs one analysis. */
  private wait(ms: number): void {
    this.timer = this.ctx.setTimeout(() => {
      this.timer = 0;
      if (this.composing) return; // compositionend schedules again
      const left = this.lastEdit + DEBOUNCE_MS - performance.now();
      if (left > 1) return this.wait(left);
      // The box has been quiet for a while, so the page is laid out: draw in this task instead of waiting for a frame.
      this.analyzeInSlices(true);
    }, ms);
  }

  /** Analyses the box, a slice per task when much of its text is new (the next slice waits for the box to be quiet again). */
  private analyzeInSlices(drawNow: boolean): void {
    const text = this.analysis.read();
    const next = sliceEnds(this.analysis.lastAnalysed(), text).find((end) => end > this.slicedTo);
    if (next === undefined) {
      this.slicedTo = 0;
      return this.analysis.analyzeWhole(drawNow, text);
    }
    this.slicedTo = next;
    this.analysis.analyzeSlice(text.slice(0, next));
    this.wait(0);
  }
}
