// Draft.js (X's composer): blocks are div[data-block]; text sits in span[data-text]; an empty block holds one <br data-text>.
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export const isDraftJs = (root: HTMLElement): boolean =>
  root.classList.contains('public-DraftEditor-content') || !!root.querySelector(':scope > [data-contents="true"]');

export const createDraftJsView = (root: HTMLElement): EditorView =>
  createRichTextView(root, {
    family: 'draftjs',
    // Draft.js never puts draft text in contenteditable=false islands except entities, which carry their text; nothing to skip.
  });
