// The count of open findings on the box: a button (opens the list of cards) and a polite live region for screen readers.
import type { Omitted } from '../../engine/analyzer.js';
import type { Severity } from '../../engine/types.js';
import type { Strings } from './strings.js';
import { setAttr, setIfChanged } from './writes.js';
import { placeFloating } from './placement.js';
import { markPart } from './host.js';

export interface Badge {
  el: HTMLButtonElement;
  /** Shows the count ("50+" when the list is cut); true when what it shows changed (so its size may have too). */
  update(count: number, worst: Severity | null, s: Strings, omitted?: Omitted): boolean;
  /** `width` is the badge's width measured before this frame's writes (0 when unknown). */
  place(editor: DOMRect, rtl: boolean, width: number): void;
}

/** The badge's height and least width, as its styles give them. */
const BADGE_SIZE = 22;

export function createBadge(doc: Document, parent: HTMLElement, onToggle: () => void): Badge {
  const el = doc.createElement('button');
  el.type = 'button';
  el.className = 'badge';
  markPart(el, 'badge');
  el.setAttribute('aria-expanded', 'false');
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    onToggle();
  });
  // Text nodes are updated in place: removing nodes while the person types would split the page's undo steps.
  const count = doc.createTextNode('');
  el.append(count);
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  const spoken = doc.createTextNode('');
  live.append(spoken);
  parent.append(el, live);
  let last = -1;
  let shown = '';

  return {
    el,
    update(n, worst, s, omitted) {
      const cut = !!omitted && (omitted.count > 0 || omitted.partial);
      const label = cut ? s.badgeLabelMore(n, omitted.count, omitted.partial) : s.badgeLabel(n);
      const next = `${n}|${worst}|${label}`;
      if (next === shown) return false;
      shown = next;
      setIfChanged(count, 'data', cut ? `${n}+` : String(n));
      setIfChanged(el, 'className', `badge ${worst ?? ''}`.trim());
      setAttr(el, 'aria-label', label);
      setIfChanged(el, 'hidden', n === 0);
      // Announce changes in the count only, not every keystroke.
      if (n !== last) spoken.data = label;
      last = n;
      return true;
    },
    place(editor, rtl, width) {
      // Inside the box's bottom corner at the end of its lines: on the box's bottom edge, 4px in from its sides.
      const edge = new DOMRect(editor.left + 4, editor.bottom, Math.max(0, editor.width - 8), 0);
      const size = { width: Math.max(width, BADGE_SIZE), height: BADGE_SIZE };
      void placeFloating(el, edge, { placement: 'top-end', rtl, gap: 4, margin: 0, size });
    },
  };
}
