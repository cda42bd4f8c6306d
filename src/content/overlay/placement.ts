// Where the overlay's floating pieces go (cards, the list, the review, the badge, the chip, the reply note): one helper on
// @floating-ui/dom. Sizes come from the caller, measured before this frame's writes, so placing forces no layout of its own.
import { computePosition, flip, offset, shift, type Placement, type Platform, type Side } from '@floating-ui/dom';
import { setStyle } from './writes.js';

export interface Size {
  width: number;
  height: number;
}

export interface FloatOptions {
  /** The anchor's side it goes on, and the edge it lines up with: "start" is the reading direction's (the right in RTL). */
  placement: Placement;
  rtl: boolean;
  /** Distance from the anchor, on the side finally taken. */
  gap: number | ((side: Side) => number);
  /** Take the opposite side when this one leaves the viewport (and stay put when neither fits). */
  flip?: boolean;
  /** With `flip`, the places tried in turn after `placement` (instead of only its opposite side). */
  fallbacks?: Placement[];
  /** The closest it comes to the viewport's edges. */
  margin: number;
  size: Size;
}

/** The element's top-left corner in the viewport for `options`, without touching the page. */
export async function floatingPosition(win: Window, anchor: DOMRect, options: FloatOptions): Promise<{ x: number; y: number; side: Side }> {
  const { size, margin } = options;
  const platform: Platform = {
    getElementRects: () => ({ reference: { x: anchor.left, y: anchor.top, width: anchor.width, height: anchor.height }, floating: { x: 0, y: 0, ...size } }),
    getDimensions: () => size,
    getClippingRect: () => ({ x: 0, y: 0, width: win.innerWidth, height: win.innerHeight }),
    isRTL: () => options.rtl,
    // Fixed to the viewport, unscaled: no offset parent to measure, no other rectangles to read.
    getOffsetParent: () => win,
    isElement: () => false,
    getDocumentElement: () => win.document.documentElement,
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    getClientRects: () => [],
    getScale: () => ({ x: 1, y: 1 }),
  };
  const gap = options.gap;
  const middleware = [
    offset(typeof gap === 'number' ? gap : ({ placement }) => gap(placement.split('-')[0] as Side)),
    ...(options.flip ? [flip({ padding: margin, crossAxis: false, flipAlignment: false, fallbackStrategy: 'initialPlacement', ...(options.fallbacks ? { fallbackPlacements: options.fallbacks } : {}) })] : []),
    shift({ padding: margin, crossAxis: true }),
  ];
  // The reference is virtual (the anchor rectangle); the floating element is never measured by the library.
  const reference = { getBoundingClientRect: () => anchor };
  const { x, y, placement } = await computePosition(reference, win.document.documentElement, { strategy: 'fixed', placement: options.placement, middleware, platform });
  return { x, y, side: placement.split('-')[0] as Side };
}

/** Moves `el` (position: fixed) next to `anchor`; the write lands before the next frame. */
export async function placeFloating(el: HTMLElement, anchor: DOMRect, options: FloatOptions): Promise<void> {
  const { x, y } = await floatingPosition(el.ownerDocument.defaultView!, anchor, options);
  setStyle(el, 'left', `${x}px`);
  setStyle(el, 'top', `${y}px`);
}

/** A card or a panel's width as the shadow root's styles give it: 320px, less on a narrow screen. */
export function panelWidth(win: Window): number {
  return Math.min(320, win.innerWidth - 16);
}

/**
 * A card or the list under an anchor (above it near the bottom of the screen), lined up with its start edge.
 * `height` is the panel's height read before this frame's writes; without it the height is read here.
 */
export function placePanel(el: HTMLElement, anchor: DOMRect, rtl: boolean, height?: number): Promise<void> {
  const win = el.ownerDocument.defaultView!;
  const size = { width: panelWidth(win), height: (height ?? el.offsetHeight) || 140 };
  return placeFloating(el, anchor, { placement: 'bottom-start', rtl, gap: 6, flip: true, margin: 8, size });
}
