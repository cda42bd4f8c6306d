// The overlay's host element: one per compose box, attached to the document root (never inside the editor), holding a shadow root.
import { PAGE_HIGHLIGHT_CSS, SHADOW_CSS } from './styles.js';

const PAGE_STYLE_ID = 'post-coach-highlights';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Container for underline boxes and helper elements (the textarea mirror). */
  layer: HTMLElement;
  /** Container for the badge, chip, cards and dialogs. */
  ui: HTMLElement;
  remove(): void;
}

export function createHost(doc: Document, family: string): OverlayHost {
  const host = doc.createElement('post-coach-overlay');
  host.setAttribute('data-post-coach', family);
  host.setAttribute('data-findings', '0');
  host.setAttribute('data-checks', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const ui = doc.createElement('div');
  ui.className = 'ui';
  shadow.append(style, layer, ui);
  doc.documentElement.append(host);
  return { host, shadow, layer, ui, remove: () => host.remove() };
}

/** ::highlight() rules must be in a stylesheet of the page's document; one <style> in <head> serves every box. */
export function ensurePageHighlightStyle(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function removePageHighlightStyle(doc: Document): void {
  doc.getElementById(PAGE_STYLE_ID)?.remove();
}
