// Which focused box to coach: the focus event's composed path (through open shadow roots), minus boxes that opted out or hold secrets.
import { findComposer, type ComposerMatch } from '../sites/index.js';

/**
 * Post Coach's own opt-out: a box, or any element around it, carrying `data-no-post-coach` (any value but "false").
 * Writing-assistant opt-outs (data-gramm="false", data-enable-grammarly="false") are not it: they keep tools that
 * rewrite the editor away (Quill 1.x sets one on every editor), and Post Coach never writes into the editor.
 */
export const OPT_OUT_ATTRIBUTE = 'data-no-post-coach';

/** True when the path passes through an element that opted out of Post Coach. */
export function optedOut(path: Element[]): boolean {
  return path.some((el) => {
    const value = el.getAttribute(OPT_OUT_ATTRIBUTE);
    return value !== null && value.trim().toLowerCase() !== 'false';
  });
}

// Autofill tokens of fields that hold a secret (HTML's autocomplete names): passwords, one-time codes, payment cards.
const SECRET_TOKENS = new Set(['current-password', 'new-password', 'one-time-code']);

/** True for a field that holds a password, a one-time code or payment-card details. */
export function isSecretField(el: Element): boolean {
  if (el instanceof HTMLInputElement && el.type === 'password') return true;
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((t) => SECRET_TOKENS.has(t) || t.startsWith('cc-'));
}

/** The composer a focus event landed in, or null. */
export function composerForPath(host: string, path: EventTarget[]): ComposerMatch | null {
  const elements = path.filter((t): t is Element => t instanceof Element);
  if (!elements.length || optedOut(elements) || elements.some(isSecretField)) return null;
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
