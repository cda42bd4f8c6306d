// @vitest-environment happy-dom
// The LinkedIn adapter on the 2026 React feed's TipTap box, by the structure it is read by (no capture of that feed is kept yet).
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedin } from './linkedin.js';
import { composedAncestors, composerForPath } from '../content/discovery.js';

const tiptap = (label: string) =>
  `<div contenteditable="true" role="textbox" aria-label="${label}" translate="no" class="tiptap ProseMirror _3f1a9c2e" id="ed"><p id="p">hello</p></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('linkedin.com React feed (TipTap)', () => {
  it('coaches the TipTap box from a focus in its paragraph, whatever the label language', () => {
    for (const label of ['Text editor for creating comment', 'محرر نص لإنشاء تعليق']) {
      document.body.innerHTML = `<div data-testid="mainFeed" role="list"><div role="listitem">${tiptap(label)}</div></div>`;
      const match = composerForPath('www.linkedin.com', composedAncestors(document.getElementById('p')!));
      expect(match?.site.id, label).toBe('linkedin');
      expect(match?.composer.id, label).toBe('ed');
    }
  });

  it('does not take a ProseMirror view that is not a textbox, nor a search field', () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true" id="pm"><p id="p">x</p></div><input id="q" type="search">';
    expect(linkedin.composerFor(composedAncestors(document.getElementById('p')!))).toBeNull();
    expect(composerForPath('www.linkedin.com', composedAncestors(document.getElementById('q')!))).toBeNull();
  });

  it('reads the post of the feed list item as the post replied to', () => {
    document.body.innerHTML =
      '<div data-testid="mainFeed" role="list">' +
      '<div role="listitem"><p><span data-testid="expandable-text-box">Another post</span></p></div>' +
      `<div role="listitem"><p><span data-testid="expandable-text-box">The permit portal is down again.</span></p><div>${tiptap('x')}</div></div>` +
      '</div>';
    expect(linkedin.replyTo(document.getElementById('ed')!)).toBe('The permit portal is down again.');
  });

  it("sends with the form's submit button when the box sits in a form", () => {
    document.body.innerHTML =
      `<div data-testid="mainFeed"><div role="listitem"><form>${tiptap('x')}<button type="button" id="emoji"></button><button type="submit" id="send"></button></form></div></div>`;
    expect(linkedin.postButton(document.getElementById('ed')!)?.id).toBe('send');
  });

  it('without a form, sends with the button of the comment button section, not the emoji or photo buttons', () => {
    document.body.innerHTML =
      '<div data-testid="mainFeed"><div role="listitem">' +
      `<div>${tiptap('x')}</div><div><button type="button" id="emoji"></button><button type="button" id="photo"></button></div>` +
      '<div componentkey="CgsIgIDNkKTt1IzQAQ-commentButtonSection"><button type="button" id="send"></button></div>' +
      '</div></div>';
    expect(linkedin.postButton(document.getElementById('ed')!)?.id).toBe('send');
  });
});
