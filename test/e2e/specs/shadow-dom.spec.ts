// The coached-editor behaviour over a reddit.com composer two open shadow roots deep.
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.reddit);
