// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CheckFailures } from './CheckFailures.js';
import { I18nContext, translator } from './i18n.js';

function shown(lang: 'en' | 'ar', checks: string[], message: 'checkFailedTab' | 'checkFailedOpenTabs'): HTMLElement {
  const root = document.createElement('div');
  render(h(I18nContext.Provider, { value: { lang, t: translator(lang) } }, h(CheckFailures, { checks, message })), root);
  return root;
}

describe('CheckFailures', () => {
  it('says "Check X failed: ..." for each failed check, as an alert', () => {
    const root = shown('en', ['personal-details', 'custom'], 'checkFailedTab');
    expect(root.querySelector('[role="alert"] h2')?.textContent).toBe('Checks that could not run');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Check \u201cPersonal details\u201d failed: it could not run on this draft, so the draft has not been checked for it. The other checks still ran.',
      "Check \u201cYour organisation's own rules\u201d failed: it could not run on this draft, so the draft has not been checked for it. The other checks still ran.",
    ]);
  });

  it('says it in Arabic, for a draft in an open tab on the options page', () => {
    const root = shown('ar', ['aggressive-tone'], 'checkFailedOpenTabs');
    expect(root.querySelector('li')?.textContent).toBe(
      'فشل فحص «\u2068لهجة عدائية\u2069»: تعذّر تشغيله على مسودة مفتوحة في إحدى علامات التبويب. أما الفحوص الأخرى فقد عملت. أعد تحميل تلك الصفحة، وإن تكرر ذلك فأبلغ المسؤول عن قواعد جهتك.',
    );
  });

  it('shows nothing when every check ran', () => {
    expect(shown('en', [], 'checkFailedTab').innerHTML).toBe('');
  });
});
