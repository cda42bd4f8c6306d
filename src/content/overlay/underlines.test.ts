// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Underlines, type Mark } from './underlines.js';

const boxMark = (left: number, severity: Mark['severity'] = 'error', count = { n: 0 }): Mark => ({
  severity,
  rects: () => (count.n++, [new DOMRect(left, 10, 30, 16)]),
});

describe('Underlines', () => {
  it('reuses and hides boxes instead of removing them, measuring each span once', () => {
    const layer = document.createElement('div');
    const underlines = new Underlines(document, layer);
    const measured = { n: 0 };
    underlines.paint([boxMark(5, 'error', measured), boxMark(50, 'error', measured)]);
    underlines.paint([boxMark(7, 'error', measured)]);
    const boxes = [...layer.children] as HTMLElement[];
    expect(boxes).toHaveLength(2);
    expect(measured.n).toBe(3);
    expect([boxes[0].style.left, boxes[0].style.top, boxes[0].style.width, boxes[0].style.display]).toEqual(['7px', '24px', '30px', '']);
    expect(boxes[1].style.display).toBe('none');
  });

  it('draws one box per line rectangle, classed by severity', () => {
    const layer = document.createElement('div');
    const underlines = new Underlines(document, layer);
    underlines.paint([{ severity: 'warning', rects: () => [new DOMRect(0, 0, 40, 16), new DOMRect(0, 20, 25, 16)] }, boxMark(60, 'info')]);
    const boxes = [...layer.children] as HTMLElement[];
    expect(boxes.map((b) => [b.className, b.style.top, b.style.width])).toEqual([
      ['box warning', '14px', '40px'],
      ['box warning', '34px', '25px'],
      ['box info', '24px', '30px'],
    ]);
  });

  it('names nothing for the page outside a QA build: no part attributes', () => {
    const layer = document.createElement('div');
    new Underlines(document, layer).paint([boxMark(5)]);
    expect(layer.firstElementChild!.hasAttribute('part')).toBe(false);
  });

  it('hides every box when cleared and removes them when disposed', () => {
    const layer = document.createElement('div');
    const underlines = new Underlines(document, layer);
    underlines.paint([boxMark(5), boxMark(50)]);
    underlines.clear();
    expect(([...layer.children] as HTMLElement[]).map((b) => b.style.display)).toEqual(['none', 'none']);
    underlines.dispose();
    expect(layer.children).toHaveLength(0);
  });
});
