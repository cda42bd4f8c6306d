// Underlines: the CSS Custom Highlight API over live ranges where the browser has it and the text is in the page's document tree;
// otherwise thin boxes in the overlay's shadow root placed under each line of the span.
import type { Severity } from '../../engine/types.js';
import { HIGHLIGHT_NAME } from './styles.js';

export interface Mark {
  severity: Severity;
  /** A live range over the span, when the editor has one. */
  range: Range | null;
  /** Viewport rectangles of the span, already clipped to the visible part of the box. */
  rects: DOMRect[];
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

export class Underlines {
  private readonly owned = new Map<Severity, Range[]>();
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
    this.clearHighlights();
    const reg = this.useHighlights ? registry(this.doc) : null;
    let used = 0;
    for (const mark of marks) {
      if (reg && mark.range) {
        const name = HIGHLIGHT_NAME[mark.severity];
        let set = reg.highlights.get(name);
        if (!set) {
          set = new reg.Highlight();
          reg.highlights.set(name, set);
        }
        set.add(mark.range);
        const list = this.owned.get(mark.severity) ?? [];
        list.push(mark.range);
        this.owned.set(mark.severity, list);
        continue;
      }
      for (const r of mark.rects) {
        const box = this.boxes[used] ?? this.newBox();
        used++;
        box.className = `box ${mark.severity}`;
        box.style.display = '';
        box.style.left = `${r.left}px`;
        box.style.top = `${r.bottom - 2}px`;
        box.style.width = `${r.width}px`;
        box.style.height = '2px';
      }
    }
    for (let i = used; i < this.boxes.length; i++) this.boxes[i].style.display = 'none';
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
    for (const [severity, ranges] of this.owned) {
      const set = reg?.highlights.get(HIGHLIGHT_NAME[severity]);
      if (set) for (const r of ranges) set.delete(r);
    }
    this.owned.clear();
  }

  dispose(): void {
    this.clearHighlights();
    for (const box of this.boxes) box.remove();
    this.boxes.length = 0;
  }
}
