// What the overlay needs from a compose box of any editor family: its text, and where a span of that text is on screen.

export type EditorFamily = 'textarea' | 'contenteditable' | 'draftjs' | 'lexical' | 'quill' | 'prosemirror' | 'iframe';

export interface EditorView {
  family: EditorFamily;
  /** The element holding the draft: a text field, or the outermost contenteditable element. */
  root: HTMLElement;
  /** Reads the draft as plain text (blocks joined with "\n"); spans below refer to the last read. */
  read(): string;
  /** A live DOM range over a span (for the CSS Custom Highlight API); null for text fields, whose text is not in the DOM. */
  range(start: number, end: number): Range | null;
  /** Viewport rectangles covering a span, one per line box. */
  rects(start: number, end: number): DOMRect[];
  /** The caret's offset in the last read text, when the caret is in this box. */
  caret(): number | null;
  dispose(): void;
}

/** Editor-family knowledge for rich text boxes: which elements hold no draft text. */
export interface RichTextRules {
  family: EditorFamily;
  /** Elements whose content is not part of the draft (cursors, widgets, hidden helpers). */
  skip?: (el: Element) => boolean;
}
