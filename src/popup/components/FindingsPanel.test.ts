// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FindingsPanel } from './FindingsPanel.js';
import { I18nContext, translator } from '../../ui/i18n.js';
import type { FindingSummary } from '../../shared/messages.js';

const fifty: FindingSummary[] = Array.from({ length: 50 }, () => ({ check: 'custom', rule: 'letters', severity: 'warning' }));

function shown(lang: 'en' | 'ar', findings: FindingSummary[], omitted?: { count: number; partial: boolean }): HTMLElement {
  const root = document.createElement('div');
  render(h(I18nContext.Provider, { value: { lang, t: translator(lang) } }, h(FindingsPanel, { findings, omitted })), root);
  return root;
}

describe('FindingsPanel', () => {
  it('says "and N more" under a list the caps cut, in English', () => {
    const root = shown('en', fifty, { count: 10, partial: false });
    expect(root.querySelector('[data-check="custom"]')?.getAttribute('data-count')).toBe('50');
    expect(root.querySelector('[data-testid="findings-more"]')?.textContent).toBe('…and 10 more');
    expect(shown('en', fifty, { count: 950, partial: true }).querySelector('[data-testid="findings-more"]')?.textContent).toBe('…and at least 950 more');
  });

  it('says it in Arabic in the form for the number', () => {
    expect(shown('ar', fifty, { count: 2, partial: false }).querySelector('[data-testid="findings-more"]')?.textContent).toBe('…وملاحظتان أخريان');
    expect(shown('ar', fifty, { count: 10, partial: false }).querySelector('[data-testid="findings-more"]')?.textContent).toBe('…و\u206810\u2069 ملاحظات أخرى');
  });

  it('has no such line when nothing was left out', () => {
    expect(shown('en', fifty).querySelector('[data-testid="findings-more"]')).toBeNull();
    expect(shown('en', fifty, { count: 0, partial: false }).querySelector('[data-testid="findings-more"]')).toBeNull();
  });
});
