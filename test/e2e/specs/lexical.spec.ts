// The coached-editor behaviour over the facebook.com composer (Lexical).
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.facebook);
