// @vitest-environment happy-dom
// Which focused boxes are coached: writing-assistant opt-outs are not Post Coach's, its own is honoured, secrets are never read.
import { beforeEach, describe, expect, it } from 'vitest';
import { composedAncestors, composerForPath, isSecretField, optedOut } from './discovery.js';

const at = (id: string) => composedAncestors(document.getElementById(id)!);
const coached = (host: string, id: string) => composerForPath(host, at(id));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('writing-assistant opt-outs do not switch coaching off', () => {
  it('coaches a Quill 1.x box on LinkedIn, which carries data-gramm="false"', () => {
    document.body.innerHTML =
      '<form class="comments-comment-box__form"><div class="ql-container"><div id="ql" class="ql-editor" data-gramm="false" contenteditable="true" role="textbox"><p id="p">hi</p></div></div></form>';
    const match = coached('www.linkedin.com', 'p');
    expect(match?.site.id).toBe('linkedin');
    expect(match?.composer.id).toBe('ql');
  });

  it('coaches a textarea marked data-gramm="false" and a box inside data-enable-grammarly="false"', () => {
    document.body.innerHTML =
      '<form><textarea id="comment" data-gramm="false"></textarea><input type="submit"></form>' +
      '<div data-enable-grammarly="false"><div id="ce" contenteditable="true"></div></div>';
    expect(coached('blog.example.org', 'comment')?.composer.id).toBe('comment');
    expect(coached('blog.example.org', 'ce')?.composer.id).toBe('ce');
  });
});

describe("Post Coach's own opt-out (data-no-post-coach)", () => {
  it('skips the box that carries it', () => {
    document.body.innerHTML = '<form><textarea id="comment" data-no-post-coach></textarea></form>';
    expect(coached('blog.example.org', 'comment')).toBeNull();
  });

  it('skips every box inside an element that carries it, with any value but "false"', () => {
    for (const value of ['', 'true', 'off', 'yes']) {
      document.body.innerHTML = `<section data-no-post-coach="${value}"><div><div id="ce" contenteditable="true"></div></div></section>`;
      expect(coached('blog.example.org', 'ce'), `data-no-post-coach="${value}"`).toBeNull();
    }
  });

  it('coaches when the value is "false", in any case', () => {
    for (const value of ['false', 'FALSE', ' False ']) {
      document.body.innerHTML = `<div data-no-post-coach="${value}"><textarea id="comment"></textarea></div>`;
      expect(coached('blog.example.org', 'comment')?.composer.id, `data-no-post-coach="${value}"`).toBe('comment');
    }
  });

  it('reaches through shadow roots: an opt-out on the host keeps the box inside out', () => {
    const host = document.createElement('div');
    host.setAttribute('data-no-post-coach', '');
    document.body.append(host);
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    host.attachShadow({ mode: 'open' }).append(box);
    expect(composerForPath('blog.example.org', composedAncestors(box))).toBeNull();
    host.removeAttribute('data-no-post-coach');
    expect(composerForPath('blog.example.org', composedAncestors(box))?.composer).toBe(box);
  });

  it('is not the overlay host\'s data-post-coach attribute', () => {
    document.body.innerHTML = '<div data-post-coach="textarea"><textarea id="comment"></textarea></div>';
    expect(optedOut(at('comment'))).toBe(false);
  });
});

describe('fields that hold secrets are never coached', () => {
  it.each([
    ['a password input', '<input id="f" type="password">'],
    ['autocomplete="current-password"', '<input id="f" type="text" autocomplete="current-password">'],
    ['autocomplete="new-password"', '<input id="f" autocomplete="new-password">'],
    ['autocomplete="one-time-code"', '<input id="f" inputmode="numeric" autocomplete="one-time-code">'],
    ['autocomplete="cc-number"', '<input id="f" autocomplete="cc-number">'],
    ['autocomplete="cc-csc"', '<input id="f" autocomplete="cc-csc">'],
    ['autocomplete="cc-exp"', '<input id="f" autocomplete="cc-exp">'],
    ['autocomplete="cc-name"', '<input id="f" autocomplete="cc-name">'],
    ['a section and a card token', '<input id="f" autocomplete="section-pay billing CC-Number">'],
    ['a textarea marked one-time-code', '<textarea id="f" autocomplete="one-time-code"></textarea>'],
  ])('%s', (_name, html) => {
    document.body.innerHTML = `<form>${html}<input type="submit"></form>`;
    const field = document.getElementById('f')!;
    expect(isSecretField(field)).toBe(true);
    expect(composerForPath('blog.example.org', composedAncestors(field))).toBeNull();
  });

  it('skips a box inside a card or password container, on a named site as on a forum', () => {
    document.body.innerHTML =
      '<div autocomplete="cc-number"><div class="ql-editor" id="ql" contenteditable="true"></div></div>' +
      '<div autocomplete="one-time-code"><textarea id="ta"></textarea></div>';
    expect(coached('www.linkedin.com', 'ql')).toBeNull();
    expect(coached('blog.example.org', 'ta')).toBeNull();
  });

  it('still coaches ordinary fields: text, email, search, and tokens that only mention a password', () => {
    document.body.innerHTML =
      '<textarea id="plain" autocomplete="off"></textarea>' +
      '<textarea id="named" autocomplete="name"></textarea>' +
      '<textarea id="user" autocomplete="username webauthn"></textarea>';
    for (const id of ['plain', 'named', 'user']) {
      expect(isSecretField(document.getElementById(id)!), id).toBe(false);
      expect(coached('blog.example.org', id)?.composer.id, id).toBe(id);
    }
    document.body.innerHTML = '<input id="t" type="text"><input id="e" type="email">';
    expect(isSecretField(document.getElementById('t')!)).toBe(false);
    expect(isSecretField(document.getElementById('e')!)).toBe(false);
  });
});
