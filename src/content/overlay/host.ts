// The overlay's host element: one per compose box, attached to the document root (never inside the editor), holding a
// shadow root. In the shipped build the page learns nothing from it: a closed root, no attributes, a name that says nothing.
import { QA_BUILD } from '../build-flags.js';
import { SHADOW_CSS } from './styles.js';

export interface OverlayHost {
  host: HTMLElement;
  /** Container for underline boxes and helper elements (the textarea mirror). */
  layer: HTMLElement;
  /** Container for the badge, chip, cards and dialogs. */
  ui: HTMLElement;
  remove(): void;
}

/** A custom element name drawn once per page load: page styles and scripts written in advance cannot name it. */
const HOST_NAME = QA_BUILD ? 'post-coach-overlay' : `${letters(4)}-${letters(6)}`;

function letters(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}

export function createHost(doc: Document, family: string): OverlayHost {
  const host = doc.createElement(HOST_NAME);
  if (QA_BUILD) {
    host.setAttribute('data-post-coach', family);
    host.setAttribute('data-findings', '0');
    host.setAttribute('data-checks', '');
  }
  const shadow = host.attachShadow({ mode: QA_BUILD ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const ui = doc.createElement('div');
  ui.className = 'ui';
  shadow.append(style, layer, ui);
  doc.documentElement.append(host);
  return { host, layer, ui, remove: () => host.remove() };
}

/**
 * Names a piece for tests (`part` attribute) in a QA build only: ::part() reaches into a closed root too,
 * so a page could otherwise style a card with a background image and learn when one is shown.
 */
export function markPart(el: Element, name: string): void {
  if (QA_BUILD) el.setAttribute('part', name);
}
