// Draws a session's overlay at most once per animation frame: the box and the findings' rectangles are measured before
// any write, and spans move along with edits the last analysis has not caught up with yet.
import type { Omitted } from '../engine/analyzer.js';
import type { Finding } from '../engine/types.js';
import type { EditorView } from '../editors/index.js';
import type { ContentContext } from './context.js';
import { remapFindings } from './remap.js';
import type { Overlay, ShownFinding } from './overlay/overlay.js';
import type { ChipModel } from './overlay/chip.js';
import type { Strings } from './overlay/strings.js';

/** What the session has to show, as of its last analysis. */
export interface FrameModel {
  /** Open findings, with offsets into `text`. */
  open: Finding[];
  /** The text they were found in. */
  text: string;
  /** A finding's key, stable across edits elsewhere in the draft. */
  keyOf(finding: Finding): string;
  omitted: Omitted;
  chip: ChipModel;
  replyAbusive: boolean;
  strings: Strings;
}

export class OverlayFrame {
  private pending = false;

  constructor(
    private readonly ctx: ContentContext,
    private readonly composer: HTMLElement,
    private readonly view: EditorView,
    private readonly overlay: Overlay,
    private readonly model: () => FrameModel,
  ) {}

  /** Draws once, after the next frame (one render however many times it is asked for before then). */
  request(): void {
    if (this.pending || this.ctx.aborted) return;
    this.pending = true;
    this.ctx.afterNextFrame(() => {
      this.pending = false;
      if (!this.ctx.aborted) this.draw();
    });
  }

  /** Draws in this task; `current` is the box's text when it was read in this very task. */
  draw(current?: string): void {
    const { composer, overlay } = this;
    if (!composer.isConnected) return this.ctx.abort('box left the page');
    // Reads first (the page was laid out in the frame just drawn), then the overlay's writes.
    const editor = composer.getBoundingClientRect();
    const style = getComputedStyle(composer);
    if (!(editor.width > 0 && editor.height > 0 && style.visibility !== 'hidden')) return overlay.setVisible(false);
    const rtl = style.direction === 'rtl';
    const model = this.model();
    // The DOM may be ahead of the last analysis: move spans with the edit until the next one lands.
    const now = current ?? this.view.read();
    const findings = remapFindings(model.open, model.text, now);
    const onScreen = (r: DOMRect) => r.bottom > editor.top && r.top < editor.bottom && r.right > editor.left && r.left < editor.right;
    const list: ShownFinding[] = findings.map((finding) => {
      let rects: DOMRect[] | null = null;
      return { key: model.keyOf(finding), finding, rects: () => (rects ??= this.view.rects(finding.start, finding.end).filter(onScreen)) };
    });
    // Underlines are drawn from rectangles: measure them now, before any write.
    list.forEach((f) => f.rects());
    const resized = overlay.render({
      editor,
      rtl,
      findings: list,
      omitted: model.omitted,
      chip: model.chip,
      replyAbusive: model.replyAbusive,
      strings: model.strings,
    });
    // A piece whose content changed is placed again once its new size is laid out.
    if (resized) this.request();
  }
}
