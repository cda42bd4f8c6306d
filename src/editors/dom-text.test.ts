// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPoint, rangeOf, readDom, textOffset } from './dom-text.js';
import { createEditorView } from './index.js';

function box(html: string, attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="root" ${attrs}>${html}</div><div id="layer"></div>`;
  return document.getElementById('root')!;
}

describe('readDom', () => {
  it('joins Lexical paragraphs with one line break and keeps an empty paragraph as a blank line', () => {
    const root = box('<p><span data-lexical-text="true">Hello</span></p><p><br></p><p><span>world</span></p>', 'contenteditable="true" data-lexical-editor="true"');
    expect(readDom(root).text).toBe('Hello\n\nworld');
  });

  it('reads Draft.js blocks, nested block wrappers adding no extra breaks', () => {
    const root = box(
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">one</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">two</span></span></div></div></div>',
    );
    expect(readDom(root).text).toBe('one\ntwo');
  });

  it('reads a <br> inside a paragraph as a line break', () => {
    expect(readDom(box('<p>a<br>b</p>')).text).toBe('a\nb');
  });

  it('maps offsets back to the text nodes they came from', () => {
    const root = box('<p>Call me</p><p>on 9123 4567</p>');
    const map = readDom(root);
    expect(map.text).toBe('Call me\non 9123 4567');
    const start = domPoint(map, 11, 'start')!;
    expect(start.node.data).toBe('on 9123 4567');
    expect(start.offset).toBe(3);
    const range = rangeOf(map, root, 11, 20)!;
    expect(range.toString()).toBe('9123 4567');
    expect(textOffset(map, start.node, 3)).toBe(11);
  });

  it('puts a span starting on a line break at the start of the next line', () => {
    const map = readDom(box('<p>ab</p><p>cd</p>'));
    expect(domPoint(map, 3, 'start')!.node.data).toBe('cd');
    expect(domPoint(map, 2, 'end')!.node.data).toBe('ab');
  });
});

describe('createEditorView', () => {
  it('picks the editor family from the markup', () => {
    const layer = () => document.getElementById('layer')!;
    expect(createEditorView(box('x', 'contenteditable="true" data-lexical-editor="true"'), layer())!.family).toBe('lexical');
    expect(createEditorView(box('<p>x</p>', 'contenteditable="true" class="ql-editor"'), layer())!.family).toBe('quill');
    expect(createEditorView(box('<p>x</p>', 'contenteditable="true" class="ProseMirror"'), layer())!.family).toBe('prosemirror');
    expect(createEditorView(box('<div data-contents="true"></div>', 'contenteditable="true" class="public-DraftEditor-content"'), layer())!.family).toBe('draftjs');
    expect(createEditorView(box('x'), layer())!.family).toBe('contenteditable');
    document.body.innerHTML = '<textarea id="t">hello</textarea><div id="layer"></div>';
    const view = createEditorView(document.getElementById('t')!, layer())!;
    expect(view.family).toBe('textarea');
    expect(view.read()).toBe('hello');
    expect(view.range(0, 2)).toBeNull();
  });

  it('leaves out the Quill cursor placeholder and ProseMirror widgets', () => {
    const layer = () => document.getElementById('layer')!;
    const quill = createEditorView(box('<p>ab<span class="ql-cursor">\uFEFF</span>c</p>', 'contenteditable="true" class="ql-editor"'), layer())!;
    expect(quill.read()).toBe('abc');
    const pm = createEditorView(box('<p>ab<span class="ProseMirror-widget">@</span>c</p>', 'contenteditable="true" class="ProseMirror"'), layer())!;
    expect(pm.read()).toBe('abc');
  });

  it('never changes the editor DOM while reading', () => {
    const root = box('<p>Call me on 9123 4567</p>', 'contenteditable="true" data-lexical-editor="true"');
    const before = root.outerHTML;
    const view = createEditorView(root, document.getElementById('layer')!)!;
    view.read();
    view.range(11, 20);
    view.rects(11, 20);
    expect(root.outerHTML).toBe(before);
  });
});
