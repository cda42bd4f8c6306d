// The coached-editor behaviour over the x.com composer (Draft.js).
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.x);
