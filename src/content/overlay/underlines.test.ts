// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Underlines, type Mark } from './underlines.js';
import { HIGHLIGHT_NAME } from './styles.js';

/** A document whose window has the CSS Custom Highlight API (a Map of names to sets of ranges), as Chromium's does. */
function highlightDoc(): { doc: Document; highlights: Map<string, Set<AbstractRange>>; adds: AbstractRange[]; deletes: AbstractRange[] } {
  const adds: AbstractRange[] = [];
  const deletes: AbstractRange[] = [];
  class Highlight extends Set<AbstractRange> {
    override add(r: AbstractRange): this {
      adds.push(r);
      return super.add(r);
    }
    override delete(r: AbstractRange): boolean {
      deletes.push(r);
      return super.delete(r);
    }
  }
  const highlights = new Map<string, Set<AbstractRange>>();
  const doc = { defaultView: { CSS: { highlights }, Highlight } } as unknown as Document;
  return { doc, highlights, adds, deletes };
}

function textNode(text: string): Text {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  return p.firstChild as Text;
}

function mark(node: Text, start: number, end: number, severity: Mark['severity'] = 'warning'): Mark {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return { severity, range, rects: () => [] };
}

describe('Underlines with CSS highlights', () => {
  it('keeps the range of a span painted before and adds only the new span', () => {
    const { doc, highlights, adds, deletes } = highlightDoc();
    const node = textNode('call me on 9123 4567, you idiot');
    const underlines = new Underlines(doc, document.createElement('div'), true);
    const phone = mark(node, 11, 20);
    underlines.paint([phone]);
    const insult = mark(node, 26, 31, 'error');
    underlines.paint([mark(node, 11, 20), insult]);

    expect(adds).toEqual([phone.range, insult.range]);
    expect(deletes).toEqual([]);
    expect([...highlights.get(HIGHLIGHT_NAME.warning)!]).toEqual([phone.range]);
    expect([...highlights.get(HIGHLIGHT_NAME.error)!]).toEqual([insult.range]);
  });

  it('replaces a span that moved or changed severity, and removes one that is gone', () => {
    const { doc, highlights } = highlightDoc();
    const node = textNode('call me on 9123 4567, you idiot');
    const underlines = new Underlines(doc, document.createElement('div'), true);
    underlines.paint([mark(node, 11, 20), mark(node, 26, 31, 'error')]);
    const moved = mark(node, 12, 20);
    const regraded = mark(node, 26, 31, 'warning');
    underlines.paint([moved, regraded]);

    expect([...highlights.get(HIGHLIGHT_NAME.warning)!]).toEqual([moved.range, regraded.range]);
    expect([...highlights.get(HIGHLIGHT_NAME.error)!]).toEqual([]);
    underlines.paint([]);
    expect(highlights.get(HIGHLIGHT_NAME.warning)!.size).toBe(0);
  });

  it('keeps two findings over the same words apart (one range each)', () => {
    const { doc, highlights } = highlightDoc();
    const node = textNode('you idiot');
    const underlines = new Underlines(doc, document.createElement('div'), true);
    underlines.paint([mark(node, 4, 9), mark(node, 4, 9)]);
    underlines.paint([mark(node, 4, 9), mark(node, 4, 9)]);
    expect(highlights.get(HIGHLIGHT_NAME.warning)!.size).toBe(2);
  });

  it('removes only its own ranges when cleared', () => {
    const { doc, highlights } = highlightDoc();
    const node = textNode('call me on 9123 4567');
    const other = mark(node, 0, 4);
    highlights.set(HIGHLIGHT_NAME.warning, new (doc.defaultView as unknown as { Highlight: new () => Set<AbstractRange> }).Highlight());
    highlights.get(HIGHLIGHT_NAME.warning)!.add(other.range!);
    const underlines = new Underlines(doc, document.createElement('div'), true);
    underlines.paint([mark(node, 11, 20)]);
    underlines.clearHighlights();
    expect([...highlights.get(HIGHLIGHT_NAME.warning)!]).toEqual([other.range]);
  });
});

describe('Underlines as boxes', () => {
  it('reuses and hides boxes instead of removing them, measuring each span once', () => {
    const layer = document.createElement('div');
    const underlines = new Underlines(document, layer, false);
    let measured = 0;
    const boxMark = (left: number): Mark => ({ severity: 'error', range: null, rects: () => (measured++, [new DOMRect(left, 10, 30, 16)]) });
    underlines.paint([boxMark(5), boxMark(50)]);
    underlines.paint([boxMark(7)]);
    const boxes = [...layer.children] as HTMLElement[];
    expect(boxes).toHaveLength(2);
    expect(measured).toBe(3);
    expect([boxes[0].style.left, boxes[0].style.top, boxes[0].style.width, boxes[0].style.display]).toEqual(['7px', '24px', '30px', '']);
    expect(boxes[1].style.display).toBe('none');
  });
});
