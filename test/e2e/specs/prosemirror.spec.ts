// The coached-editor behaviour over a Discourse rich-text composer (ProseMirror).
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.discourse);
