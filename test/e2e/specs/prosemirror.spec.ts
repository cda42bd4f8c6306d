// The coached-editor behaviour over ProseMirror composers: Discourse's rich-text composer and Bluesky's TipTap one.
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

describeEditor(PAGES.discourse);
describeEditor(PAGES.bluesky);
describeEditor(PAGES.linkedinFeed);
