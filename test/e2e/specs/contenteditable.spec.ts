// The coached-editor behaviour over plain contenteditable composers no editor library builds: YouTube's comment box.
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.youtube);
