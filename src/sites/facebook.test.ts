// @vitest-environment happy-dom
// Facebook in any interface language: the actor and the send button come from the page's structure, not its words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { facebook } from './facebook.js';

const CAPTURE = join(__dirname, '../../test/sites/fixtures/facebook/share-dialog-vi.html');

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(readFileSync(CAPTURE, 'utf8'), 'text/html');
  document.body.innerHTML = '';
  document.body.append(document.importNode(parsed.body, true));
});

const composer = () => document.querySelector<HTMLElement>('[role="dialog"] [data-lexical-editor="true"]')!;
const read = () => ({ account: facebook.account(composer()), button: facebook.postButton(composer()) });

describe('facebook.com share dialog (captured, Vietnamese)', () => {
  it('reads the actor and the send button of the Vietnamese capture', () => {
    expect(read()).toEqual({ account: 'Ngô Bằng', button: document.querySelector('[aria-label="Chia sẻ ngay"]') });
  });

  it('reads the same with every label and button word in another language (right to left)', () => {
    const before = read();
    document.documentElement.setAttribute('lang', 'ar');
    document.documentElement.setAttribute('dir', 'rtl');
    document.querySelectorAll('[aria-label]').forEach((el, i) => el.setAttribute('aria-label', `تسمية ${i}`));
    for (const button of document.querySelectorAll('[role="button"], button, h2')) {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) node.textContent = 'نص';
    }
    expect(read()).toEqual(before);
  });

  it("takes the actor from Facebook's English \"Comment as NAME\" label when the box carries it", () => {
    composer().setAttribute('aria-label', 'Comment as Maryam Al-Balushi');
    expect(facebook.account(composer())).toBe('Maryam Al-Balushi');
  });

  it('reads no actor and no button outside a form or dialog', () => {
    const box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    box.setAttribute('contenteditable', 'true');
    document.body.append(box);
    expect(facebook.account(box)).toBeUndefined();
    expect(facebook.postButton(box)).toBeNull();
  });
});
