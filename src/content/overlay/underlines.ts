// Underlines: thin boxes in the overlay's closed shadow root, placed under each line of a span. Not the CSS Custom
// Highlight API: its registry is the document's, so the page's own scripts could list every flagged range.
import type { Severity } from '../../engine/types.js';
import { markPart } from './host.js';
import { setIfChanged, setStyle } from './writes.js';

export interface Mark {
  severity: Severity;
  /** Viewport rectangles of the span, already clipped to the visible part of the box. */
  rects(): DOMRect[];
}

export class Underlines {
  /**
   * Boxes are reused and hidden, never removed while the person types: Chromium ends the open typing
   * undo step when any node of the document is removed, so removing boxes would split the page's undo.
   */
  private readonly boxes: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly layer: HTMLElement,
  ) {}

  paint(marks: Mark[]): void {
    let used = 0;
    for (const mark of marks) {
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
    this.hideFrom(used);
  }

  private newBox(): HTMLElement {
    const box = this.doc.createElement('div');
    markPart(box, 'underline');
    this.layer.append(box);
    this.boxes.push(box);
    return box;
  }

  private hideFrom(index: number): void {
    for (let i = index; i < this.boxes.length; i++) setStyle(this.boxes[i], 'display', 'none');
  }

  /** Hides every box (the composer is off screen or hidden), keeping them for reuse. */
  clear(): void {
    this.hideFrom(0);
  }

  dispose(): void {
    for (const box of this.boxes) box.remove();
    this.boxes.length = 0;
  }
}
