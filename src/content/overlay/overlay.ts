// Everything drawn for one compose box: underlines, the badge, the capacity chip, the reply note, cards and the review.
import type { Omitted } from '../../engine/analyzer.js';
import type { Capacity, Finding, LocalText, Severity } from '../../engine/types.js';
import { QA_BUILD } from '../build-flags.js';
import { createHost, markPart, type OverlayHost } from './host.js';
import { Underlines } from './underlines.js';
import { createBadge, type Badge } from './badge.js';
import { createChip, type Chip, type ChipModel } from './chip.js';
import { createReplyNote, type ReplyNote } from './reply-note.js';
import { buildCard } from './card.js';
import { placePanel } from './placement.js';
import { showReview, type ReviewChoice } from './review.js';
import type { Strings } from './strings.js';
import { setAttr, setStyle } from './writes.js';

export interface ShownFinding {
  /** Stable for the same finding across edits elsewhere in the draft. */
  key: string;
  finding: Finding;
  /** Viewport rectangles of the span, clipped to the box; measured on first use (hover, a card), not on every render. */
  rects(): DOMRect[];
}

export interface OverlayModel {
  editor: DOMRect;
  rtl: boolean;
  findings: ShownFinding[];
  /** Findings the analysis found and does not list: "and N more" on the badge and under the list. */
  omitted?: Omitted;
  chip: ChipModel;
  replyAbusive: boolean;
  strings: Strings;
}

export interface OverlayHandlers {
  dismiss(key: string): void;
  choose(capacity: Capacity): void;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export class Overlay {
  readonly host: OverlayHost;
  private readonly underlines: Underlines;
  private readonly badge: Badge;
  private readonly chip: Chip;
  private readonly note: ReplyNote;
  private readonly list: HTMLElement;
  private card: { key: string; el: HTMLElement; pinned: boolean } | null = null;
  private model: OverlayModel | null = null;
  private listed = '';

  constructor(
    private readonly doc: Document,
    family: string,
    private readonly handlers: OverlayHandlers,
  ) {
    this.host = createHost(doc, family);
    this.underlines = new Underlines(doc, this.host.layer);
    this.chip = createChip(doc, this.host.ui, (c) => handlers.choose(c));
    this.note = createReplyNote(doc, this.host.ui);
    this.badge = createBadge(doc, this.host.ui, () => this.toggleList());
    this.list = doc.createElement('div');
    this.list.className = 'list';
    markPart(this.list, 'list');
    this.list.hidden = true;
    this.list.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeList(true);
    });
    this.host.ui.append(this.list);
  }

  get element(): HTMLElement {
    return this.host.host;
  }

  /**
   * Draws the model. Every layout read comes first and every write after, so one render forces no layout of its own;
   * returns true when a piece changed its content, so its new size is known only after the next frame.
   */
  render(model: OverlayModel): boolean {
    // Reads: sizes as laid out in the last frame.
    const badgeWidth = this.badge.el.offsetWidth;
    const chipSize = { width: this.chip.el.offsetWidth, height: this.chip.el.offsetHeight };
    const noteHeight = model.replyAbusive ? this.note.el.offsetHeight : 0;
    const cardHeight = this.card?.el.offsetHeight;
    const cardAnchor = this.card ? model.findings.find((f) => f.key === this.card!.key) : undefined;
    const cardRect = cardAnchor?.rects()[0];
    const wasHidden = this.host.ui.style.display === 'none';

    // Writes.
    this.model = model;
    this.setVisible(true);
    const { findings, strings: s } = model;
    const host = this.host.host;
    if (QA_BUILD) {
      // Tests read what was found from the host; the shipped build never tells the page.
      const checks = [...new Set(findings.map((f) => f.finding.check))].sort();
      setAttr(host, 'data-findings', String(findings.length));
      setAttr(host, 'data-checks', checks.join(','));
      setAttr(host, 'data-capacity', model.chip.capacity);
    }
    setAttr(this.host.ui, 'dir', model.rtl ? 'rtl' : 'ltr');
    setAttr(this.host.ui, 'lang', s.lang);

    this.underlines.paint(findings.map((f) => ({ severity: f.finding.severity, rects: f.rects })));
    const worst = findings.reduce<Severity | null>((w, f) => (!w || RANK[f.finding.severity] > RANK[w] ? f.finding.severity : w), null);
    let resized = this.badge.update(findings.length, worst, s, model.omitted);
    this.badge.place(model.editor, model.rtl, badgeWidth);
    resized = this.chip.update(model.chip, s) || resized;
    this.chip.place(model.editor, model.rtl, chipSize);
    resized = this.note.update(model.replyAbusive, s) || resized;
    if (model.replyAbusive) this.note.place(model.editor, model.rtl, (chipSize.height || 20) + 4, noteHeight);

    if (this.card) {
      if (!cardAnchor) this.hideCard();
      else if (cardRect) void placePanel(this.card.el, cardRect, model.rtl, cardHeight);
    }
    if (!this.list.hidden) this.fillList();
    // Shown again after being hidden: the sizes read above were all zero.
    return resized || wasHidden;
  }

  /** The finding under a viewport point, for hover and click. */
  findingAt(x: number, y: number): ShownFinding | null {
    for (const f of this.model?.findings ?? []) {
      if (f.rects().some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 3)) return f;
    }
    return null;
  }

  /** The finding whose span holds a text offset (the caret), for keyboard users. */
  findingAtOffset(offset: number): ShownFinding | null {
    return this.model?.findings.find((f) => offset >= f.finding.start && offset <= f.finding.end) ?? null;
  }

  showCard(shown: ShownFinding, pinned: boolean): void {
    if (this.card?.key === shown.key) {
      this.card.pinned ||= pinned;
      return;
    }
    this.hideCard();
    const s = this.model!.strings;
    const el = buildCard(this.doc, s, shown.finding, () => this.handlers.dismiss(shown.key));
    markPart(el, 'card');
    this.host.ui.append(el);
    const anchor = shown.rects()[0];
    if (anchor) void placePanel(el, anchor, this.model!.rtl);
    this.card = { key: shown.key, el, pinned };
  }

  hideCard(onlyUnpinned = false): void {
    if (!this.card || (onlyUnpinned && this.card.pinned)) return;
    this.card.el.remove();
    this.card = null;
  }

  /** True when the event happened inside this overlay (its own shadow tree). */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host.host);
  }

  review(findings: Finding[], blocked: boolean, anchor: DOMRect, choice: ReviewChoice, failed: readonly LocalText[] = [], omitted?: Omitted, permanent = false): void {
    this.hideCard();
    this.closeList(false);
    showReview(this.doc, this.host.ui, this.model?.strings ?? (undefined as never), findings, blocked, anchor, choice, failed, omitted, permanent);
  }

  get reviewOpen(): boolean {
    return !!this.host.ui.querySelector('.review');
  }

  private toggleList(): void {
    if (this.list.hidden) {
      this.hideCard();
      this.list.hidden = false;
      this.badge.el.setAttribute('aria-expanded', 'true');
      this.listed = '';
      this.fillList();
      (this.list.querySelector('button') as HTMLElement | null)?.focus();
    } else {
      this.closeList(true);
    }
  }

  private closeList(focusBadge: boolean): void {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.badge.el.setAttribute('aria-expanded', 'false');
    if (focusBadge) this.badge.el.focus();
  }

  private fillList(): void {
    const model = this.model;
    if (!model) return;
    // Rebuild only when the findings or their words changed (a new language), so keyboard focus inside the list survives typing.
    const more = model.omitted && (model.omitted.count > 0 || model.omitted.partial) ? model.strings.moreLine(model.omitted.count, model.omitted.partial) : '';
    const listed = `${model.strings.lang}\u0001${model.findings.map((f) => `${f.key}\u0002${f.finding.message}`).join('\u0000')}\u0001${more}`;
    if (listed === this.listed && this.list.childElementCount) return;
    this.listed = listed;
    this.list.dir = model.strings.dir;
    const cards = model.findings.map((f) => buildCard(this.doc, model.strings, f.finding, () => this.handlers.dismiss(f.key)));
    if (!cards.length) {
      this.list.replaceChildren();
      return this.closeList(false);
    }
    if (more) {
      const line = this.doc.createElement('p');
      line.className = 'more';
      line.dir = 'auto';
      line.textContent = more;
      cards.push(line);
    }
    this.list.replaceChildren(...cards);
    const anchor = new DOMRect(model.editor.left, model.editor.bottom, model.editor.width, 0);
    void placePanel(this.list, anchor, model.rtl);
  }

  /** Hides everything while the box is off screen or hidden, without forgetting it. */
  setVisible(visible: boolean): void {
    const display = visible ? '' : 'none';
    setStyle(this.host.ui, 'display', display);
    setStyle(this.host.layer, 'display', display);
    if (!visible) this.underlines.clear();
  }

  dispose(): void {
    this.underlines.dispose();
    this.host.remove();
  }
}
