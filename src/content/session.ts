// One coached compose box: reads it on input (debounced, never during IME composition), analyses it, and draws the overlay
// once per animation frame. It ends when its box leaves the page or the extension goes away.
import type { Analyzer, Omitted } from '../engine/analyzer.js';
import { NOTHING_OMITTED } from '../engine/finding-caps.js';
import type { Capacity, Context, Finding, Ruleset } from '../engine/types.js';
import type { ComposerState } from '../shared/messages.js';
import { composerState } from '../shared/composer-state.js';
import type { SiteAdapter } from '../sites/types.js';
import { createEditorView, type EditorView } from '../editors/index.js';
import type { ContentContext } from './context.js';
import { decideCapacity, type CapacityDecision } from './capacity.js';
import { remapFindings } from './remap.js';
import { sliceEnds } from './slices.js';
import { capReplyText } from './reply-text.js';
import { failedCheckTitles, presendDecision, presendInputs } from './presend.js';
import { Overlay, type ShownFinding } from './overlay/overlay.js';
import { QA_BUILD } from './build-flags.js';
import type { Strings } from './overlay/strings.js';

const DEBOUNCE_MS = 150;

/** What a session needs from the coach that owns it. */
export interface CoachEnv {
  analyzer(): Analyzer;
  ruleset(): Ruleset;
  strings(): Strings;
  choices(): Record<string, unknown>;
  organisation(): string | undefined;
  site: string;
  report(state: ComposerState | null): void;
  countFired(checks: string[]): void;
  chooseCapacity(account: string | undefined, capacity: Capacity): void;
  /** Records that a finding was dismissed (check and rule only, never the text) for the popup's list. */
  recordDismissed(check: string, rule: string): void;
}

export class Session {
  readonly view: EditorView;
  readonly overlay: Overlay;
  private text = '';
  private findings: Finding[] = [];
  /** Checks that could not run in the last analysis: reported by id and said in the pre-send review. */
  private failedChecks: string[] = [];
  /** Findings the last analysis found and does not list (the engine's caps). */
  private omitted: Omitted = NOTHING_OMITTED;
  private readonly dismissed = new Set<string>();
  private readonly seen = new Set<string>();
  private account: string | undefined;
  private replyTo: string | undefined;
  private replyAbusive = false;
  private decision: CapacityDecision = { capacity: 'unknown', source: 'unknown' };
  private composing = false;
  private timer = 0;
  /** When the box last changed: the debounce waits until it has been quiet this long, without re-arming a timer per key. */
  private lastEdit = -Infinity;
  private renderPending = false;
  /** How far a long new text has been analysed slice by slice (0 when none is under way). */
  private slicedTo = 0;
  /** What the last analysis was run on: the same text, context and analyzer need no second run. */
  private analysed: { text: string; context: string; analyzer: Analyzer } | null = null;
  private allowNextPost = false;
  private reported = '';

  constructor(
    readonly ctx: ContentContext,
    readonly site: SiteAdapter,
    readonly composer: HTMLElement,
    private readonly env: CoachEnv,
  ) {
    const doc = composer.ownerDocument;
    // A temporary host gives the textarea mirror its layer; the overlay owns it from then on.
    this.overlay = new Overlay(doc, 'pending', {
      dismiss: (key) => this.dismiss(key),
      choose: (capacity) => this.choose(capacity),
    });
    const view = createEditorView(composer, this.overlay.host.layer);
    if (!view) throw new Error('not a text box');
    this.view = view;
    if (QA_BUILD) this.overlay.element.setAttribute('data-post-coach', view.family);
    ctx.onAbort(() => this.dispose());
    this.listen();
    this.refreshPageFacts();
    this.analyzeInSlices(false);
  }

  get alive(): boolean {
    return !this.ctx.aborted;
  }

  /** Re-reads who posts and what is being replied to (the page may have changed since the last focus). */
  refreshPageFacts(): void {
    this.account = this.site.account(this.composer);
    this.replyTo = capReplyText(this.site.replyTo(this.composer));
    this.decision = decideCapacity(this.env.ruleset(), this.env.site, this.account, this.env.choices());
    this.replyAbusive = !!this.replyTo && this.env.analyzer().analyze(this.replyTo, { capacity: 'unknown', site: this.env.site }).some((f) => f.check === 'aggressive-tone');
  }

  /** The ruleset or a remembered choice changed: decide again and re-analyse. */
  rulesChanged(): void {
    this.refreshPageFacts();
    this.analyzeNow();
  }

  context(): Context {
    const context: Context = { capacity: this.decision.capacity, site: this.env.site };
    if (this.account) context.account = this.account;
    if (this.replyTo) context.replyTo = this.replyTo;
    return context;
  }

  /** Open findings (not dismissed), freshly analysed. */
  openFindings(): Finding[] {
    this.flush();
    return this.visible();
  }

  private visible(): Finding[] {
    return this.findings.filter((f) => !this.dismissed.has(this.keyOf(f)));
  }

  private keyOf(f: Finding): string {
    return `${f.check}|${f.rule}|${this.text.slice(f.start, f.end)}`;
  }

  private listen(): void {
    const { ctx, composer } = this;
    const win = composer.ownerDocument.defaultView!;
    ctx.listen(composer, 'input', () => this.schedule());
    ctx.listen(composer, 'compositionstart', () => (this.composing = true));
    ctx.listen(composer, 'compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    // Programmatic changes (a site restoring a draft) arrive without input events; observe only this box.
    const mutations = new MutationObserver(() => this.schedule());
    if (this.view.family !== 'textarea') mutations.observe(composer, { subtree: true, childList: true, characterData: true });
    const resize = new ResizeObserver(() => this.requestRender());
    resize.observe(composer);
    ctx.onAbort(() => {
      mutations.disconnect();
      resize.disconnect();
    });
    ctx.listen(win, 'scroll', () => this.requestRender(), { capture: true, passive: true });
    ctx.listen(win, 'resize', () => this.requestRender(), { passive: true });
    ctx.listen(composer, 'scroll', () => this.requestRender(), { passive: true });
    ctx.listen(composer, 'mousemove', (e: MouseEvent) => this.hover(e), { passive: true });
    ctx.listen(composer, 'mouseleave', () => this.overlay.hideCard(true), { passive: true });
    ctx.listen(composer, 'click', (e: MouseEvent) => this.clickAt(e), { passive: true });
    ctx.listen(composer, 'keyup', (e: KeyboardEvent) => this.caretMoved(e));
    ctx.listen(composer.ownerDocument, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') this.overlay.hideCard();
    });
  }

  private schedule(): void {
    if (!this.alive) return;
    // Keeps underlines on their words while typing; with nothing underlined there is nothing to move.
    if (this.findings.length) this.requestRender();
    if (this.composing) return;
    this.lastEdit = performance.now();
    if (!this.timer) this.wait(DEBOUNCE_MS);
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
    const text = this.view.read();
    const next = sliceEnds(this.analysed?.text ?? '', text).find((end) => end > this.slicedTo);
    if (next === undefined) {
      this.slicedTo = 0;
      return this.analyzeNow(drawNow, text);
    }
    this.slicedTo = next;
    this.env.analyzer().analyze(text.slice(0, next), this.context());
    this.wait(0);
  }

  /** Runs a pending analysis at once (before a post is sent). */
  flush(): void {
    if (this.timer) {
      this.ctx.clearTimeout(this.timer);
      this.timer = 0;
    }
    this.analyzeNow();
  }

  /**
   * `drawNow` draws in this task (the page's layout is known to be clean); otherwise after the next frame.
   * `current` is the box's text when it was read in this very task.
   */
  analyzeNow(drawNow = false, current?: string): void {
    if (!this.alive) return;
    if (!this.composer.isConnected) return this.ctx.abort('box left the page');
    const text = current ?? this.view.read();
    const context = this.context();
    const analyzer = this.env.analyzer();
    const contextKey = JSON.stringify(context);
    const last = this.analysed;
    // Nothing new to analyse (a focus, a mutation that left the text as it was): only draw, in case strings or the page changed.
    if (last && last.text === text && last.context === contextKey && last.analyzer === analyzer) return this.draw(drawNow);
    this.analysed = { text, context: contextKey, analyzer };
    this.text = text;
    const result = analyzer.analyzeDetailed(text, context);
    this.findings = result.findings;
    this.failedChecks = result.errors.map((e) => e.check);
    this.omitted = result.omitted;
    const open = this.visible();
    const fresh = open.filter((f) => !this.seen.has(this.keyOf(f)));
    fresh.forEach((f) => this.seen.add(this.keyOf(f)));
    if (fresh.length) this.env.countFired(fresh.map((f) => f.check));
    this.report(open);
    this.draw(drawNow);
  }

  private draw(now: boolean): void {
    if (now) this.render(this.text);
    else this.requestRender();
  }

  report(open = this.visible()): void {
    const facts = { site: this.env.site, capacity: this.decision.capacity, capacitySource: this.decision.source };
    const state = composerState(this.account ? { ...facts, account: this.account } : facts, open, this.failedChecks, this.omitted);
    const signature = JSON.stringify(state);
    if (signature === this.reported) return;
    this.reported = signature;
    this.env.report(state);
  }

  /** Draws once, after the next frame (one render however many times it is asked for before then). */
  requestRender(): void {
    if (this.renderPending || !this.alive) return;
    this.renderPending = true;
    this.ctx.afterNextFrame(() => {
      this.renderPending = false;
      if (this.alive) this.render();
    });
  }

  /** `current` is the box's text when it was read in this very task. */
  private render(current?: string): void {
    if (!this.composer.isConnected) return this.ctx.abort('box left the page');
    // Reads first (the page was laid out in the frame just drawn), then the overlay's writes.
    const editor = this.composer.getBoundingClientRect();
    const style = getComputedStyle(this.composer);
    if (!(editor.width > 0 && editor.height > 0 && style.visibility !== 'hidden')) return this.overlay.setVisible(false);
    const rtl = style.direction === 'rtl';
    // The DOM may be ahead of the last analysis: move spans with the edit until the next one lands.
    const now = current ?? this.view.read();
    const findings = remapFindings(this.visible(), this.text, now);
    const onScreen = (r: DOMRect) => r.bottom > editor.top && r.top < editor.bottom && r.right > editor.left && r.left < editor.right;
    const list: ShownFinding[] = findings.map((finding) => {
      let rects: DOMRect[] | null = null;
      return { key: this.keyOf(finding), finding, rects: () => (rects ??= this.view.rects(finding.start, finding.end).filter(onScreen)) };
    });
    // Underlines are drawn from rectangles: measure them now, before any write.
    list.forEach((f) => f.rects());
    const org = this.env.organisation();
    const resized = this.overlay.render({
      editor,
      rtl,
      findings: list,
      omitted: this.omitted,
      chip: { capacity: this.decision.capacity, source: this.decision.source, ...(this.account ? { account: this.account } : {}), ...(org ? { organisation: org } : {}) },
      replyAbusive: this.replyAbusive,
      strings: this.env.strings(),
    });
    // A piece whose content changed is placed again once its new size is laid out.
    if (resized) this.requestRender();
  }

  private hover(e: MouseEvent): void {
    const at = this.overlay.findingAt(e.clientX, e.clientY);
    if (at) this.overlay.showCard(at, false);
    else this.overlay.hideCard(true);
  }

  private clickAt(e: MouseEvent): void {
    const at = this.overlay.findingAt(e.clientX, e.clientY);
    if (at) this.overlay.showCard(at, true);
    else this.overlay.hideCard();
  }

  private caretMoved(e: KeyboardEvent): void {
    if (!e.key.startsWith('Arrow') && e.key !== 'Home' && e.key !== 'End') return;
    const caret = this.view.caret();
    const at = caret === null ? null : this.overlay.findingAtOffset(caret);
    if (at) this.overlay.showCard(at, false);
    else this.overlay.hideCard(true);
  }

  private dismiss(key: string): void {
    const finding = this.findings.find((f) => this.keyOf(f) === key);
    if (finding && !this.dismissed.has(key)) this.env.recordDismissed(finding.check, finding.rule);
    this.dismissed.add(key);
    this.overlay.hideCard();
    this.report();
    this.requestRender();
  }

  private choose(capacity: Capacity): void {
    this.env.chooseCapacity(this.account, capacity);
    this.decision = capacity === 'unknown' ? { capacity, source: 'unknown' } : { capacity, source: 'person' };
    this.analyzeNow();
  }

  /**
   * The post button was pressed (or Ctrl/Cmd+Enter): with open findings and a review asked for, stop this press
   * and show the review. "Post anyway" presses the button again, once, and lets that press through.
   */
  interceptPost(event: Event, button: HTMLElement | null): void {
    if (this.allowNextPost) {
      this.allowNextPost = false;
      return;
    }
    const mode = this.env.ruleset().review ?? 'review';
    if (mode === 'off') return;
    const { open, failed } = presendInputs(() => this.openFindings(), () => this.failedChecks);
    const { stop, blocked } = presendDecision(mode, open, failed);
    if (!stop) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const anchor = (button ?? this.composer).getBoundingClientRect();
    const edit = () => this.composer.focus();
    // Without a button to press again (Ctrl/Cmd+Enter where none was found) there is no "post anyway" that would work.
    const postAnyway = button
      ? () => {
          this.allowNextPost = true;
          button.click();
          this.allowNextPost = false;
        }
      : undefined;
    this.overlay.review(open, blocked, anchor, postAnyway ? { edit, postAnyway } : { edit }, failedCheckTitles(failed), this.omitted);
  }

  dispose(): void {
    this.view.dispose();
    this.overlay.dispose();
    this.env.report(null);
  }
}
