// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { floatingPosition, type FloatOptions } from './placement.js';
import { replyNoteOptions } from './reply-note.js';

/** A viewport of 1000 x 800: placement reads nothing else of the window. */
const win = { innerWidth: 1000, innerHeight: 800, document: { documentElement: {} } } as unknown as Window;
const at = (anchor: DOMRect, options: FloatOptions) => floatingPosition(win, anchor, options);
const rect = (x: number, y: number, width: number, height: number) => new DOMRect(x, y, width, height);
const card = (rtl: boolean, height = 140): FloatOptions => ({ placement: 'bottom-start', rtl, gap: 6, flip: true, margin: 8, size: { width: 320, height } });

describe('cards and the list', () => {
  it('go under the anchor, at its left edge, or its right edge in right-to-left text', async () => {
    expect(await at(rect(100, 200, 50, 20), card(false))).toEqual({ x: 100, y: 226, side: 'bottom' });
    expect(await at(rect(500, 200, 50, 20), card(true))).toEqual({ x: 230, y: 226, side: 'bottom' });
  });

  it('stay 8px inside the viewport’s sides', async () => {
    expect((await at(rect(900, 200, 50, 20), card(false))).x).toBe(672);
    expect((await at(rect(20, 200, 50, 20), card(true))).x).toBe(8);
  });

  it('go above the anchor near the bottom of the screen, and stay under it, kept on screen, when neither side has room', async () => {
    expect(await at(rect(100, 700, 50, 20), card(false))).toEqual({ x: 100, y: 554, side: 'top' });
    expect(await at(rect(100, 300, 50, 20), card(false, 600))).toEqual({ x: 100, y: 192, side: 'bottom' });
    expect(await at(rect(100, 300, 50, 20), card(false, 790))).toEqual({ x: 100, y: 8, side: 'bottom' });
  });
});

describe('the badge, the chip and the reply note', () => {
  const editor = rect(100, 300, 400, 200);

  it('badge: inside the box’s bottom corner at the end of the lines, 4px in', async () => {
    const edge = rect(104, 500, 392, 0);
    const badge = (rtl: boolean, width = 22): FloatOptions => ({ placement: 'top-end', rtl, gap: 4, margin: 0, size: { width, height: 22 } });
    expect(await at(edge, badge(false))).toEqual({ x: 474, y: 474, side: 'top' });
    expect(await at(edge, badge(false, 40))).toEqual({ x: 456, y: 474, side: 'top' });
    expect(await at(edge, badge(true))).toEqual({ x: 104, y: 474, side: 'top' });
  });

  it('chip: above the box at the start of the lines, over the box’s top at the top of the screen', async () => {
    const chip = (rtl: boolean): FloatOptions => ({ placement: 'top-start', rtl, gap: 4, margin: 0, size: { width: 200, height: 20 } });
    expect(await at(editor, chip(false))).toEqual({ x: 100, y: 276, side: 'top' });
    expect(await at(editor, chip(true))).toEqual({ x: 300, y: 276, side: 'top' });
    expect((await at(rect(100, 10, 400, 200), chip(false))).y).toBe(0);
  });

  it('reply note: above the chip, beside the box when there is no room above (not over the post button under it), under it last', async () => {
    const note = (rtl: boolean) => replyNoteOptions(win, rtl, 24, 100);
    expect(await at(editor, note(false))).toEqual({ x: 100, y: 170, side: 'top' });
    expect(await at(rect(100, 100, 400, 200), note(false))).toEqual({ x: 506, y: 100, side: 'right' });
    expect(await at(rect(500, 100, 400, 200), note(true))).toEqual({ x: 174, y: 100, side: 'left' });
    // A box as wide as the screen leaves no side: under it.
    expect(await at(rect(10, 100, 980, 200), note(false))).toEqual({ x: 10, y: 306, side: 'bottom' });
  });
});
