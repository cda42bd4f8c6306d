// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setAttr, setIfChanged, setStyle } from './writes.js';

/** Counts the attribute changes the page would see on an element. */
async function attributeChanges(el: Element, change: () => void): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => records.forEach((r) => seen.push(r.attributeName ?? '')));
  observer.observe(el, { attributes: true });
  change();
  await Promise.resolve();
  observer.disconnect();
  return seen;
}

describe('writes that happen only on a change', () => {
  it('writes an inline style once however often the same value is set', async () => {
    const el = document.createElement('div');
    const changes = await attributeChanges(el, () => {
      setStyle(el, 'left', '12px');
      setStyle(el, 'left', '12px');
      setStyle(el, 'top', '4px');
    });
    expect(el.style.left).toBe('12px');
    expect(el.style.top).toBe('4px');
    expect(changes).toEqual(['style', 'style']);
  });

  it('writes a new style value and leaves the other properties alone', () => {
    const el = document.createElement('div');
    setStyle(el, 'left', '12px');
    setStyle(el, 'width', '30px');
    setStyle(el, 'left', '14px');
    expect(el.style.left).toBe('14px');
    expect(el.style.width).toBe('30px');
  });

  it('sets an attribute only when its value differs', async () => {
    const el = document.createElement('div');
    el.setAttribute('data-findings', '2');
    const changes = await attributeChanges(el, () => {
      setAttr(el, 'data-findings', '2');
      setAttr(el, 'data-checks', 'commitment');
      setAttr(el, 'data-checks', 'commitment');
    });
    expect(changes).toEqual(['data-checks']);
    expect(el.getAttribute('data-checks')).toBe('commitment');
  });

  it('sets a property (class name, hidden, text) only when its value differs', async () => {
    const el = document.createElement('button');
    el.className = 'badge';
    const changes = await attributeChanges(el, () => {
      setIfChanged(el, 'className', 'badge');
      setIfChanged(el, 'hidden', true);
      setIfChanged(el, 'hidden', true);
    });
    expect(changes).toEqual(['hidden']);
    const text = document.createTextNode('3');
    setIfChanged(text, 'data', '4');
    expect(text.data).toBe('4');
  });
});
