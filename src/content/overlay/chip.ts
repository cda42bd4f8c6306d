// The capacity chip: which account is posting (official or personal), and two buttons to say so when it is not known.
import type { Capacity } from '../../engine/types.js';
import type { CapacitySource } from '../../shared/messages.js';
import type { Strings } from './strings.js';
import { placeFloating } from './placement.js';
import { actionButton } from './action-button.js';
import { markPart } from './host.js';

export interface ChipModel {
  capacity: Capacity;
  source: CapacitySource;
  account?: string;
  organisation?: string;
}

export interface Chip {
  el: HTMLElement;
  /** Shows who posts; true when the content changed (so its size may have too). */
  update(model: ChipModel, s: Strings): boolean;
  /** `size` is the chip's size measured before this frame's writes (0 when unknown). */
  place(editor: DOMRect, rtl: boolean, size: { width: number; height: number }): void;
}

export function createChip(doc: Document, parent: HTMLElement, onChoose: (capacity: Capacity) => void): Chip {
  const el = doc.createElement('div');
  el.className = 'chip';
  markPart(el, 'chip');
  el.setAttribute('role', 'group');
  parent.append(el);
  let key = '';

  const button = (text: string, capacity: Capacity, name: string) => {
    const b = actionButton(doc, name, text, () => onChoose(capacity));
    b.dataset.capacity = capacity;
    return b;
  };

  return {
    el,
    update(model, s) {
      const next = `${model.capacity}|${model.source}|${model.account ?? ''}|${model.organisation ?? ''}|${s.chipPersonal}`;
      if (next === key) return false;
      key = next;
      el.className = `chip ${model.capacity}`;
      el.dir = s.dir;
      el.replaceChildren();
      const label = doc.createElement('span');
      label.className = 'label';
      label.dir = 'auto';
      label.textContent =
        model.capacity === 'official'
          ? s.chipOfficial(model.account ?? '', model.organisation ?? s.yourOrganisation)
          : model.capacity === 'personal'
            ? s.chipPersonal
            : s.chipUnknown;
      el.setAttribute('aria-label', label.textContent);
      el.append(label);
      if (model.capacity === 'unknown') {
        el.append(button(s.chooseOfficial, 'official', 'official'), button(s.choosePersonal, 'personal', 'personal'));
      } else if (model.source === 'person') {
        // The person's own choice can be taken back; one the ruleset made cannot.
        el.append(button(s.change, 'unknown', 'change'));
      }
      return true;
    },
    place(editor, rtl, size) {
      // Above the box at the start of its lines; over the box's top when the box is at the top of the screen.
      void placeFloating(el, editor, { placement: 'top-start', rtl, gap: 4, margin: 0, size: { width: size.width || 200, height: size.height || 20 } });
    },
  };
}
