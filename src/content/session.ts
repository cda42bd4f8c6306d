// One coached compose box: what was found in it and what it shows. When it is analysed is analysis-schedule.ts's job,
// drawing overlay-frame.ts's, the box's events box-events.ts's and a press of Post presend.ts's. It ends when its box
// leaves the page or the extension goes away.
import type { Analyzer, Omitted } from '../engine/analyzer.js';
import { NOTHING_OMITTED } from '../engine/finding-caps.js';
import { isAbusivePost } from '../engine/reply-to.js';
import type { Capacity, Context, Finding, Lang, Ruleset } from '../engine/types.js';
import type { ComposerState } from '../shared/messages.js';
import { composerState } from '../shared/composer-state.js';
import type { SiteAdapter } from '../sites/types.js';
import { createEditorView, type EditorView } from '../editors/index.js';
import type { ContentContext } from './context.js';
import { decideCapacity, type CapacityDecision } from './capacity.js';
import { capReplyText } from './reply-text.js';
import { PostGuard, permanenceNote } from './presend.js';
import { AnalysisSchedule } from './analysis-schedule.js';
import { OverlayFrame, type FrameModel } from './overlay-frame.js';
import { listenToBox } from './box-events.js';
import { Overlay } from './overlay/overlay.js';
import { QA_BUILD } from './build-flags.js';
import type { Strings } from './overlay/strings.js';

/** What a session needs from the coach that owns it. */
export interface CoachEnv {
  analyzer(): Analyzer;
  ruleset(): Ruleset;
  /** The person's language: the engine words every finding in it. */
  lang(): Lang;
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
  /** What the last analysis was run on: the same text, context and analyzer need no second run. */
  private analysed: { text: string; context: string; analyzer: Analyzer } | null = null;
  private reported = '';
  private readonly schedule: AnalysisSchedule;
  private readonly frame: OverlayFrame;
  private readonly postGuard: PostGuard;

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
    this.frame = new OverlayFrame(ctx, composer, view, this.overlay, () => this.frameModel());
    this.schedule = new AnalysisSchedule(ctx, {
      read: () => this.view.read(),
      lastAnalysed: () => this.analysed?.text ?? '',
      analyzeSlice: (text) => void this.env.analyzer().analyze(text, this.context()),
      analyzeWhole: (drawNow, text) => this.analyzeNow(drawNow, text),
      // Keeps underlines on their words while typing; with nothing underlined there is nothing to move.
      changed: () => {
        if (this.findings.length) this.requestRender();
      },
    });
    this.postGuard = new PostGuard({
      composer,
      overlay: this.overlay,
      review: () => this.env.ruleset().review ?? 'review',
      openFindings: () => this.openFindings(),
      failedChecks: () => this.failedChecks,
      omitted: () => this.omitted,
      permanent: () => permanenceNote(this.decision.capacity, this.env.ruleset()),
    });
    ctx.onAbort(() => this.dispose());
    listenToBox(ctx, composer, view, this.overlay, {
      edited: () => this.schedule.edited(),
      compositionStarted: () => this.schedule.compositionStarted(),
      compositionEnded: () => this.schedule.compositionEnded(),
      layoutChanged: () => this.requestRender(),
    });
    this.refreshPageFacts();
    this.schedule.start();
  }

  get alive(): boolean {
    return !this.ctx.aborted;
  }

  /** Re-reads who posts and what is being replied to (the page may have changed since the last focus). */
  refreshPageFacts(): void {
    this.account = this.site.account(this.composer);
    this.replyTo = capReplyText(this.site.replyTo(this.composer));
    this.decision = decideCapacity(this.env.ruleset(), this.env.site, this.account, this.env.choices());
    this.replyAbusive = isAbusivePost(this.env.analyzer(), this.replyTo ?? '', this.env.site);
  }

  /** The ruleset or a remembered choice changed: decide again and re-analyse. */
  rulesChanged(): void {
    this.refreshPageFacts();
    this.analyzeNow();
  }

  context(): Context {
    const context: Context = { capacity: this.decision.capacity, site: this.env.site, lang: this.env.lang() };
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

  /** Runs a pending analysis at once (before a post is sent). */
  flush(): void {
    this.schedule.flush();
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
    if (now) this.frame.draw(this.text);
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
    this.frame.request();
  }

  private frameModel(): FrameModel {
    const org = this.env.organisation();
    return {
      open: this.visible(),
      text: this.text,
      keyOf: (f) => this.keyOf(f),
      omitted: this.omitted,
      chip: { capacity: this.decision.capacity, source: this.decision.source, ...(this.account ? { account: this.account } : {}), ...(org ? { organisation: org } : {}) },
      replyAbusive: this.replyAbusive,
      strings: this.env.strings(),
    };
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

  /** The post button was pressed (or Ctrl/Cmd+Enter): the review may stop this press (presend.ts). */
  interceptPost(event: Event, button: HTMLElement | null): void {
    this.postGuard.intercept(event, button);
  }

  dispose(): void {
    this.view.dispose();
    this.overlay.dispose();
    this.env.report(null);
  }
}
