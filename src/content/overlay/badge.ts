// The count of open findings on the box: a button (opens the list of cards) and a polite live region for screen readers.
import type { Severity } from '../../engine/types.js';
import type { Strings } from './strings.js';

export interface Badge {
  el: HTMLButtonElement;
  update(count: number, worst: Severity | null, s: Strings): void;
  place(editor: DOMRect, rtl: boolean): void;
}

export function createBadge(doc: Document, parent: HTMLElement, onToggle: () => void): Badge {
  const el = doc.createElement('button');
  el.type = 'button';
  el.className = 'badge';
  el.setAttribute('part', 'badge');
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

  return {
    el,
    update(n, worst, s) {
      count.data = String(n);
      el.className = `badge ${worst ?? ''}`.trim();
      el.setAttribute('aria-label', s.badgeLabel(n));
      el.hidden = n === 0;
      // Announce changes in the count only, not every keystroke.
      if (n !== last) spoken.data = s.badgeLabel(n);
      last = n;
    },
    place(editor, rtl) {
      const size = 22;
      const x = rtl ? editor.left + 4 : editor.right - size - 4 - Math.max(0, el.offsetWidth - size);
      el.style.left = `${Math.max(0, x)}px`;
      el.style.top = `${Math.max(0, editor.bottom - size - 4)}px`;
    },
  };
}
