// The fixture pages, the real host each is served under, and how a person reaches its editor.
import forumHosts from '../forum-hosts.json' with { type: 'json' };

export interface FixturePage {
  /** Fixture name: test/e2e/fixtures/src/<name>.html + <name>.ts. */
  name: string;
  /** Editor family, as in src/editors. */
  family: string;
  url: string;
  /** Locator of the editor root (Playwright CSS pierces open shadow roots). */
  editor: string;
  /** Locator of the iframe holding the editor, for iframe editors. */
  frame?: string;
  /** True when Enter inserts a line break the same way everywhere (single-line composers say false). */
  multiline: boolean;
}

export const PAGES: Record<string, FixturePage> = {
  x: { name: 'x-draft', family: 'draft-js', url: 'https://x.com/compose/post', editor: '[data-testid="tweetTextarea_0"]', multiline: true },
  facebook: { name: 'facebook-lexical', family: 'lexical', url: 'https://www.facebook.com/', editor: '[data-lexical-editor="true"][role="textbox"]', multiline: true },
  linkedin: { name: 'linkedin-quill', family: 'quill', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7486042476307222528/', editor: '.ql-editor', multiline: true },
  linkedinFeed: { name: 'linkedin-tiptap', family: 'prosemirror', url: 'https://www.linkedin.com/feed/', editor: '.tiptap.ProseMirror[role="textbox"]', multiline: true },
  bluesky: { name: 'bluesky-tiptap', family: 'prosemirror', url: 'https://bsky.app/profile/salim.bsky.social/post/3lbq2xk7a2c2s', editor: '[data-testid="composePostView"] .ProseMirror', multiline: true },
  discourse: { name: 'discourse-prosemirror', family: 'prosemirror', url: 'https://meta.discourse.org/t/welcome/1', editor: '.ProseMirror.d-editor-input', multiline: true },
  phpbb: { name: 'phpbb-textarea', family: 'textarea', url: 'https://www.phpbb.com/community/viewtopic.php?t=1', editor: '#qr_postform textarea[name="message"]', multiline: true },
  wordpress: { name: 'wordpress-textarea', family: 'textarea', url: 'https://wordpress.org/news/2026/11/service-update/', editor: 'textarea#comment', multiline: true },
  mastodon: { name: 'mastodon-textarea', family: 'textarea', url: 'https://mastodon.social/home', editor: 'textarea.autosuggest-textarea__textarea', multiline: true },
  oldReddit: { name: 'old-reddit-textarea', family: 'textarea', url: 'https://old.reddit.com/r/Oman/comments/abc123/service_update/', editor: '.usertext-edit textarea[name="text"]', multiline: true },
  tinymce: { name: 'forum-tinymce', family: 'iframe', url: 'https://community.example.org/forums/general/new-topic', editor: 'body#tinymce', frame: 'iframe.tox-edit-area__iframe', multiline: true },
  reddit: { name: 'reddit-shadow', family: 'contenteditable (shadow DOM)', url: 'https://www.reddit.com/r/Oman/comments/abc123/service_update/', editor: 'shreddit-composer [role="textbox"]', multiline: true },
  youtube: { name: 'youtube-contenteditable', family: 'contenteditable', url: 'https://www.youtube.com/watch?v=service-update', editor: 'ytd-commentbox #contenteditable-root', multiline: true },
};

/** Hosts that are not one of the named sites: a test build of the extension must list them (POST_COACH_EXTRA_HOSTS). */
export const FORUM_HOSTS: readonly string[] = forumHosts;

export function hostOf(page: FixturePage): string {
  return new URL(page.url).hostname;
}
