// The coached-editor behaviour over a forum composer in a TinyMCE iframe.
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.tinymce);
