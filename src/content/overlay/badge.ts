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
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  parent.append(el, live);
  let last = -1;

  return {
    el,
    update(count, worst, s) {
      el.textContent = String(count);
      el.className = `badge ${worst ?? ''}`.trim();
      el.setAttribute('aria-label', s.badgeLabel(count));
      el.hidden = count === 0;
      // Announce changes in the count only, not every keystroke.
      if (count !== last) live.textContent = s.badgeLabel(count);
      last = count;
    },
    place(editor, rtl) {
      const size = 22;
      const x = rtl ? editor.left + 4 : editor.right - size - 4 - Math.max(0, el.offsetWidth - size);
      el.style.left = `${Math.max(0, x)}px`;
      el.style.top = `${Math.max(0, editor.bottom - size - 4)}px`;
    },
  };
}
