// Underlines: the CSS Custom Highlight API over live ranges where the browser has it and the text is in the page's document tree;
// otherwise thin boxes in the overlay's shadow root placed under each line of the span.
import type { Severity } from '../../engine/types.js';
import { HIGHLIGHT_NAME } from './styles.js';
import { setIfChanged, setStyle } from './writes.js';

export interface Mark {
  severity: Severity;
  /** A live range over the span, when the editor has one. */
  range: Range | null;
  /** Viewport rectangles of the span, already clipped to the visible part of the box (read only for boxes). */
  rects(): DOMRect[];
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;

interface HighlightRegistry {
  get(name: string): Set<AbstractRange> | undefined;
  set(name: string, value: Set<AbstractRange>): void;
  delete(name: string): void;
}

function registry(doc: Document): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const highlights = win?.CSS?.highlights;
  return highlights && win?.Highlight ? { highlights, Highlight: win.Highlight } : null;
}

/** True when spans of this box can be painted with ::highlight() styles from the page's <head>. */
export function canHighlight(root: HTMLElement): boolean {
  // A stylesheet in the document does not style text inside a shadow tree.
  return registry(root.ownerDocument) !== null && root.getRootNode() === root.ownerDocument;
}

/** True when two ranges cover the same DOM points (a live range still where a fresh one would be). */
function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

export class Underlines {
  /** This box's ranges in the page-wide highlight sets, kept across paints while they still cover the same text. */
  private owned: Array<{ severity: Severity; range: Range }> = [];
  /**
   * Boxes are reused and hidden, never removed while the person types: Chromium ends the open typing
   * undo step when any node of the document is removed, so removing boxes would split the page's undo.
   */
  private readonly boxes: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly layer: HTMLElement,
    private readonly useHighlights: boolean,
  ) {}

  paint(marks: Mark[]): void {
    const reg = this.useHighlights ? registry(this.doc) : null;
    const kept = new Set<number>();
    const next: Array<{ severity: Severity; range: Range }> = [];
    let used = 0;
    for (const mark of marks) {
      if (reg && mark.range) {
        // An unchanged span keeps its range: touching the highlight sets makes the browser repaint every highlight.
        const same = this.owned.findIndex((o, i) => !kept.has(i) && o.severity === mark.severity && sameRange(o.range, mark.range!));
        if (same >= 0) {
          kept.add(same);
          next.push(this.owned[same]);
          continue;
        }
        const name = HIGHLIGHT_NAME[mark.severity];
        let set = reg.highlights.get(name);
        if (!set) {
          set = new reg.Highlight();
          reg.highlights.set(name, set);
        }
        set.add(mark.range);
        next.push({ severity: mark.severity, range: mark.range });
        continue;
      }
      for (const r of mark.rects()) {
        const box = this.boxes[used] ?? this.newBox();
        used++;
        setIfChanged(box, 'className', `box ${mark.severity}`);
        setStyle(box, 'display', '');
        setStyle(box, 'left', `${r.left}px`);
        setStyle(box, 'top', `${r.bottom - 2}px`);
        setStyle(box, 'width', `${r.width}px`);
        setStyle(box, 'height', '2px');
      }
    }
    this.owned.forEach((o, i) => {
      if (!kept.has(i)) reg?.highlights.get(HIGHLIGHT_NAME[o.severity])?.delete(o.range);
    });
    this.owned = next;
    for (let i = used; i < this.boxes.length; i++) setStyle(this.boxes[i], 'display', 'none');
  }

  private newBox(): HTMLElement {
    const box = this.doc.createElement('div');
    box.setAttribute('part', 'underline');
    this.layer.append(box);
    this.boxes.push(box);
    return box;
  }

  /** Removes only this box's ranges: the page-wide highlight sets are shared by every box. */
  clearHighlights(): void {
    const reg = registry(this.doc);
    for (const { severity, range } of this.owned) reg?.highlights.get(HIGHLIGHT_NAME[severity])?.delete(range);
    this.owned = [];
  }

  dispose(): void {
    this.clearHighlights();
    for (const box of this.boxes) box.remove();
    this.boxes.length = 0;
  }
}
