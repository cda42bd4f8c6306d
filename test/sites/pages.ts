// Each site adapter's jobs paired with the captured or rendered pages where they must work (sources beside each page).

export interface FixturePage {
  /** File under fixtures/<adapter id>/. */
  file: string;
  /** The address the page was served from (host picks the adapter; some adapters read the path). */
  url: string;
  /** The element the focus lands in (a composer, or a box that must not be coached). */
  focus: string;
  /** The composer root the adapter must return; omitted when it is the focused element itself. */
  composer?: string;
  /** The account the page shows as posting; undefined when it shows none. */
  account: string | undefined;
  /** The text of the post being replied to; undefined when the box is not a reply. */
  reply: string | undefined;
  /** The button that sends the post. */
  postButton: string;
  /** Interface language of the page. */
  lang: string;
}

/**
 * Adapters with no captured page yet, and why. XenForo is not open source and no public capture of a XenForo 2 thread
 * with its editor open could be found from here; a page saved (after the editor has loaded) on a live forum goes in
 * fixtures/xenforo/ and the entry leaves this list.
 */
export const AWAITING_CAPTURE: Record<string, string> = {
  xenforo: 'no public capture of a XenForo 2 thread with its editor loaded',
  threads: 'Threads is not open source and no public capture of its composer (with the account, a reply and the Post button) could be found',
  instagram:
    'Instagram is not open source and no public capture of a post page with its comment form, or of the create-post dialog, could be found (only selectors and re-templated copies)',
};

export const PAGES: Record<string, FixturePage[]> = {
  x: [
    {
      file: 'status-reply-en.html',
      url: 'https://twitter.com/TheFakeLiu/status/1605072371299516416',
      focus: '[data-testid="tweetTextarea_0"] span[data-offset-key]',
      composer: '[data-testid="tweetTextarea_0"]',
      account: '@TheFakeLiu',
      // The mention sits in its own inline box, so X's text has no space after it.
      reply:
        "Cuz you know i was just minding my own business, trying to check in on my twitter analytics. They don't work. I go like what? They never had this issue, why are my analytics and impressions not generating correctly? Then I see this and I'm like oh...@elonmuskwhat did you do?",
      postButton: '[data-testid="tweetButtonInline"]',
      lang: 'en',
    },
  ],
  facebook: [
    {
      file: 'share-dialog-vi.html',
      url: 'https://www.facebook.com/',
      focus: '[role="dialog"] [data-lexical-editor="true"] p',
      composer: '[role="dialog"] [data-lexical-editor="true"]',
      account: 'Ngô Bằng',
      reply: undefined,
      postButton: '[role="dialog"] [aria-label="Chia sẻ ngay"]',
      lang: 'vi',
    },
  ],
  bluesky: [
    {
      file: 'reply-en.html',
      url: 'https://bsky.app/profile/salim.bsky.social/post/3lbq2xk7a2c2s',
      focus: '[data-testid="composePostView"] .ProseMirror p',
      composer: '[data-testid="composePostView"] .ProseMirror',
      account: '@maryam.bsky.social',
      reply: 'Nobody at the ministry answers the phone. You are all useless.',
      postButton: '[data-testid="composerPublishBtn"]',
      lang: 'en',
    },
    {
      file: 'post-en.html',
      url: 'https://bsky.app/',
      focus: '[data-testid="composePostView"] .ProseMirror p',
      composer: '[data-testid="composePostView"] .ProseMirror',
      account: '@maryam.bsky.social',
      reply: undefined,
      postButton: '[data-testid="composerPublishBtn"]',
      lang: 'en',
    },
  ],
  linkedin: [
    {
      file: 'comment-typed-en.html',
      url: 'https://www.linkedin.com/in/jeremyharbour/recent-activity/all/',
      focus: 'form.comments-comment-box__form .ql-editor > p',
      composer: 'form.comments-comment-box__form .ql-editor',
      // The captured form holds neither the navigation bar nor the post it sits under.
      account: undefined,
      reply: undefined,
      postButton: 'button.comments-comment-box__submit-button--cr',
      lang: 'en',
    },
    {
      file: 'comment-under-post-en.html',
      url: 'https://www.linkedin.com/in/jeremyharbour/recent-activity/all/',
      focus: 'form.comments-comment-box__form .ql-editor > p',
      composer: 'form.comments-comment-box__form .ql-editor',
      // The comment box shows the commenting member's photo, named in its alt.
      account: 'Kshamta Poorun',
      // The test DOM's innerText drops the <br> line breaks a browser turns into spaces ("at 17. He").
      reply:
        "Timothy Armoo sold his first business at 17.He then sold Fanbytes, his influencer marketing agency, for eight figures at just 27.This week, in the first episode of Deal Junky LIVE, we’re getting into how he thinks about his exits from the very beginning and what most founders get wrong about timing.What I found most interesting wasn't the exit itself, it was how early he started planning for it and what he was watching for when the right moment came.When he started Fanbytes in 2017, he wasn't trying to build the best agency in the room, he was watching the market.He'd seen the same pattern play out in radio, TV, and PR. Consolidation always comes eventually. His job was just to still be standing when it did. Or, in his words \"just don't die!\".He knew the moment had arrived when three companies reached out to \"partner up\" in the space of six weeks. He went to market shortly after.Our audience gained a wealth of knowledge from this episode, I hope you enjoy it as much as we did.→ Watch the full episode here: https://lnkd.in/dbcQhz5P",
      postButton: 'button.comments-comment-box__submit-button--cr',
      lang: 'en',
    },
  ],
  discourse: [
    {
      file: 'reply-en.html',
      url: 'https://forum.example.om/t/new-permit-portal/42/3',
      focus: 'textarea.d-editor-input',
      account: '@maryam',
      reply: 'The new permit portal is down again. Does anyone at the ministry even test it?',
      postButton: '#reply-control .save-or-cancel button.create',
      lang: 'en',
    },
    {
      file: 'reply-ar.html',
      url: 'https://forum.example.om/t/new-permit-portal/42/3',
      focus: 'textarea.d-editor-input',
      account: '@maryam',
      reply: 'بوابة التصاريح الجديدة متوقفة مرة أخرى. هل يختبرها أحد في الوزارة أصلاً؟',
      postButton: '#reply-control .save-or-cancel button.create',
      lang: 'ar',
    },
    {
      // Replying to the topic: the composer links the topic (/t/slug/42), which is not post #42 but the opening post.
      file: 'reply-topic-en.html',
      url: 'https://forum.example.om/t/new-permit-portal/42',
      focus: 'textarea.d-editor-input',
      // As the preload writes it; the header avatar's address holds only the lowercased name.
      account: '@Maryam_B',
      reply: 'The permit portal rejects every application since Sunday. Who at the ministry is responsible for this mess?',
      postButton: '#reply-control .save-or-cancel button.create',
      lang: 'en',
    },
  ],
  mastodon: [
    {
      file: 'reply-en.html',
      url: 'https://social.example.om/home',
      focus: 'textarea.autosuggest-textarea__textarea',
      account: '@maryam@social.example.om',
      reply: 'The new permit portal is down again. Does anyone at the ministry even test it?',
      postButton: '.compose-form__submit button[type="submit"]',
      lang: 'en',
    },
    {
      file: 'reply-ar.html',
      url: 'https://social.example.om/home',
      focus: 'textarea.autosuggest-textarea__textarea',
      account: '@maryam@social.example.om',
      reply: 'بوابة التصاريح الجديدة متوقفة مرة أخرى. هل يختبرها أحد في الوزارة أصلاً؟',
      postButton: '.compose-form__submit button[type="submit"]',
      lang: 'ar',
    },
  ],
  phpbb: [
    {
      file: 'quickreply-en.html',
      url: 'https://forum.example.om/viewtopic.php?t=42',
      focus: '#qr_postform textarea[name="message"]',
      account: 'salim_ops',
      reply: undefined,
      postButton: '#qr_postform input[name="post"]',
      lang: 'en',
    },
    {
      file: 'posting-reply-en.html',
      url: 'https://forum.example.om/posting.php?mode=reply&t=42',
      focus: 'textarea#message',
      account: 'Salim Al-Harthy',
      reply: 'Nobody at the ministry answers the phone. You are all useless.',
      postButton: '#postform input[name="post"]',
      lang: 'en',
    },
    {
      file: 'posting-reply-ar.html',
      url: 'https://forum.example.om/posting.php?mode=reply&t=42',
      focus: 'textarea#message',
      account: 'سالم الحارثي',
      reply: 'لا أحد في الوزارة يرد على الهاتف. أنتم جميعاً بلا فائدة.',
      postButton: '#postform input[name="post"]',
      lang: 'ar',
    },
  ],
  reddit: [
    {
      file: 'old-reply-en.html',
      url: 'https://old.reddit.com/r/Oman/comments/1h2k3l/road_closures/',
      focus: '#commentreply_t1_m4x9q2 textarea[name="text"]',
      account: 'u/MinistryOM',
      reply: 'Nobody at the ministry answers the phone. You are all useless.',
      postButton: '#commentreply_t1_m4x9q2 button.save',
      lang: 'en',
    },
    {
      file: 'old-reply-ar.html',
      url: 'https://old.reddit.com/r/Oman/comments/1h2k3l/road_closures/',
      focus: '#commentreply_t1_m4x9q2 textarea[name="text"]',
      account: 'u/MinistryOM',
      reply: 'لا أحد في الوزارة يرد على الهاتف. أنتم جميعاً بلا فائدة.',
      postButton: '#commentreply_t1_m4x9q2 button.save',
      lang: 'ar',
    },
    {
      file: 'old-toplevel-en.html',
      url: 'https://old.reddit.com/r/Oman/comments/1h2k3l/road_closures/',
      focus: '.commentarea > form.usertext textarea[name="text"]',
      account: 'u/MinistryOM',
      // A top-level comment answers the post: its title, then its text.
      reply: 'Road closures again this week\n\nNobody at the ministry answers the phone. You are all useless.',
      postButton: '.commentarea > form.usertext button.save',
      lang: 'en',
    },
    {
      file: 'old-toplevel-ar.html',
      url: 'https://old.reddit.com/r/Oman/comments/1h2k3l/road_closures/',
      focus: '.commentarea > form.usertext textarea[name="text"]',
      account: 'u/MinistryOM',
      reply: 'إغلاق الطرق مرة أخرى هذا الأسبوع\n\nلا أحد في الوزارة يرد على الهاتف. أنتم جميعاً بلا فائدة.',
      postButton: '.commentarea > form.usertext button.save',
      lang: 'ar',
    },
    {
      file: 'old-toplevel-capture-en.html',
      url: 'https://old.reddit.com/r/nottheonion/comments/1vr826t/woman_dies_comes_back_to_life_gets_parking_ticket/',
      focus: '.commentarea > form.usertext textarea[name="text"]',
      account: 'u/os8088user',
      // A link post has a title and no text of its own.
      reply: 'Woman dies, comes back to life, gets parking ticket',
      postButton: '.commentarea > form.usertext button.save',
      lang: 'en',
    },
  ],
  wordpress: [
    {
      file: 'comment-no-toolbar-ar.html',
      url: 'https://news.example.om/2026/12/01/opening-hours/',
      focus: 'textarea#comment',
      account: 'مريم البلوشي',
      reply: undefined,
      postButton: '#commentform #submit',
      lang: 'ar',
    },
    {
      file: 'comment-no-toolbar-en.html',
      url: 'https://news.example.om/2026/12/01/opening-hours/',
      focus: 'textarea#comment',
      account: 'Maryam Al-Balushi',
      reply: undefined,
      postButton: '#commentform #submit',
      lang: 'en',
    },
    {
      file: 'reply-logged-in-en.html',
      url: 'https://news.example.om/2026/12/01/opening-hours/?replytocom=2#respond',
      focus: 'textarea#comment',
      account: 'Maryam Al-Balushi',
      reply: 'Why are the centres closed on Saturdays now?',
      postButton: '#commentform #submit',
      lang: 'en',
    },
    {
      file: 'reply-logged-in-ar.html',
      url: 'https://news.example.om/2026/12/01/opening-hours/?replytocom=2#respond',
      focus: 'textarea#comment',
      account: 'مريم البلوشي',
      reply: 'لماذا أصبحت المراكز مغلقة أيام السبت؟',
      postButton: '#commentform #submit',
      lang: 'ar',
    },
  ],
  youtube: [
    {
      file: 'comment-vi.html',
      // The capture does not name its video; the adapter reads no address.
      url: 'https://www.youtube.com/watch',
      focus: 'ytd-commentbox #contenteditable-root',
      // The box shows the commenting channel's picture, named in its alt.
      account: '1001Ways2Die',
      reply: undefined,
      postButton: 'ytd-commentbox #submit-button paper-button',
      lang: 'vi',
    },
  ],
};
