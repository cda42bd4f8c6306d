// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_READ, textOf } from './dom.js';

/** An element whose innerText getter counts its reads (reading it lays the page out). */
function counted(text: string): { el: HTMLElement; reads: () => number } {
  const el = document.createElement('div');
  el.textContent = text;
  let n = 0;
  Object.defineProperty(el, 'innerText', { get: () => (n++, text) });
  return { el, reads: () => n };
}

describe('textOf', () => {
  it('reads a post of ordinary length as laid out, whitespace collapsed', () => {
    const { el, reads } = counted('  Hello\n\n  there  ');
    expect(textOf(el)).toBe('Hello there');
    expect(reads()).toBe(1);
  });

  it('reads only the opening of a huge post, without laying it out', () => {
    const { el, reads } = counted('!'.repeat(40_000));
    expect(textOf(el)).toBe('!'.repeat(MAX_TEXT_READ));
    expect(reads()).toBe(0);
  });

  it('is undefined for no element or only spaces', () => {
    expect(textOf(null)).toBeUndefined();
    expect(textOf(counted('   ').el)).toBeUndefined();
  });
});
