// Which focused box to coach: the focus event's composed path (through open shadow roots), minus boxes that opted out.
import { findComposer, type ComposerMatch } from '../sites/index.js';

/** Boxes that asked writing assistants to stay away (data-gramm="false", data-enable-grammarly="false"). */
export function optedOut(path: Element[]): boolean {
  return path.some((el) => el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-enable-grammarly') === 'false');
}

/** The composer a focus event landed in, or null. */
export function composerForPath(host: string, path: EventTarget[]): ComposerMatch | null {
  const elements = path.filter((t): t is Element => t instanceof Element);
  if (!elements.length || optedOut(elements)) return null;
  return findComposer(host, elements);
}

/** The composed path of an element, deepest first, through shadow roots (for a box focused before the script arrived). */
export function composedAncestors(el: Element): Element[] {
  const out: Element[] = [];
  let node: Element | null = el;
  while (node) {
    out.push(node);
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return out;
}

/** The deepest focused element, through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The host this frame coaches: an about:blank or srcdoc editor frame belongs to its parent page. */
export function pageHost(win: Window): string {
  if (win.location.hostname) return win.location.hostname;
  try {
    return win.parent.location.hostname;
  } catch {
    return '';
  }
}
