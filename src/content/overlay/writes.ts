// DOM writes that happen only when the value changes: an unchanged write can still make the browser restyle the overlay.

type StyleProperty = 'left' | 'top' | 'width' | 'height' | 'display';

/** What this module last wrote to each element's inline style (reading el.style back serialises every value). */
const written = new WeakMap<HTMLElement, Partial<Record<StyleProperty, string>>>();

/** Sets an inline style property of one of the overlay's own elements when it differs from the last value written. */
export function setStyle(el: HTMLElement, property: StyleProperty, value: string): void {
  let last = written.get(el);
  if (!last) written.set(el, (last = {}));
  if (last[property] === value) return;
  last[property] = value;
  el.style[property] = value;
}

/** Sets an attribute when it differs from the current one. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets a property of an element or a text node when it differs from the current one. */
export function setIfChanged<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}
