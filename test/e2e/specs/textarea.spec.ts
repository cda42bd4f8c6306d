// The coached-editor behaviour over plain textarea composers: phpBB, WordPress comments, Mastodon, old Reddit.
import { describeEditor } from '../helpers/editor-suite.js';
import { PAGES } from '../helpers/pages.js';

for (const page of [PAGES.phpbb, PAGES.wordpress, PAGES.mastodon, PAGES.oldReddit]) describeEditor(page);
