// Any other coached host (a forum the ruleset or the person added): plain textareas and rich text boxes.
import type { SiteAdapter } from './types.js';
import { editableRoot, formSubmit } from './dom.js';

export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  matches: [],
  composerFor(path) {
    const editable = path.find((el) => el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable));
    return editable ? editableRoot(editable) : null;
  },
  account: () => undefined,
  replyTo: () => undefined,
  postButton: (composer) => formSubmit(composer),
};
