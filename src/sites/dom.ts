// Small DOM lookups the site adapters share; all read-only.

/** The first element of the composed path (deepest first) matching the selector. */
export function firstInPath(path: Element[], selector: string): HTMLElement | null {
  for (const el of path) {
    if (el instanceof HTMLElement && el.matches(selector)) return el;
  }
  return null;
}

/** closest() that continues through shadow roots to their hosts. */
export function closestAcross(el: Element, selector: string): HTMLElement | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found instanceof HTMLElement) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Longest text read as laid out (innerText); past it only the opening is read, from the DOM, with no layout. */
export const MAX_TEXT_READ = 10_000;

/** Visible text of an element, whitespace collapsed; undefined when empty. A huge post costs neither layout nor a full pass. */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const raw = el.textContent ?? '';
  const visible = raw.length > MAX_TEXT_READ ? raw.slice(0, MAX_TEXT_READ) : ((el as HTMLElement).innerText ?? raw);
  const text = visible.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The last element matching selector that comes before `anchor` in document order, inside scope. */
export function nearestBefore(anchor: Element, selector: string, scope: ParentNode = anchor.ownerDocument): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
    if (el.contains(anchor) || anchor.contains(el)) continue;
    if (anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) best = el;
  }
  return best;
}

/** The first element matching selector that comes after `anchor` in document order, inside scope. */
export function nearestAfter(anchor: Element, selector: string, scope: ParentNode = anchor.ownerDocument): HTMLElement | null {
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
    if (anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !anchor.contains(el)) return el;
  }
  return null;
}

/** A handle written as "@name", from a profile href like "/name" or "https://site/name". */
export function handleFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = href.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0];
  const name = path.split('/').filter(Boolean)[0];
  return name && /^[A-Za-z0-9_.]+$/.test(name) ? `@${name}` : undefined;
}

/** The submit button of the form holding the composer. */
export function formSubmit(composer: Element, extra = ''): HTMLElement | null {
  const form = closestAcross(composer, 'form');
  if (!form) return null;
  return form.querySelector<HTMLElement>(`${extra ? `${extra}, ` : ''}button[type="submit"], input[type="submit"]`);
}

/** The editable root that holds el (the outermost contenteditable ancestor), or el itself for text fields. */
export function editableRoot(el: Element): HTMLElement | null {
  if (el instanceof HTMLTextAreaElement) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * The editable root of a focused composer: the path must pass through an element matching
 * `selector` (the composer itself or its container) and through an editable element.
 */
export function composerIn(path: Element[], selector: string): HTMLElement | null {
  const hit = firstInPath(path, selector);
  if (!hit) return null;
  const editable = path.find((el) => el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable));
  if (!editable) return null;
  const root = editableRoot(editable);
  return root && (root.contains(hit) || hit.contains(root) || closestAcross(root, selector) === hit) ? root : null;
}
