// The coached-editor behaviour over the linkedin.com share box (Quill).
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.linkedin);
