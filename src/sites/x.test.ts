// @vitest-environment happy-dom
// X quote posts: the post replied to is the quoting post's own text, never the post it quotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ownText, postText, x } from './x.js';

const FIXTURES = join(__dirname, '../../test/sites/fixtures/x');
const QUOTING = 'This is a quote tweet with additional commentary';
const QUOTED = 'This is the original quoted tweet content that provides important context and information for the conversation';

const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
const texts = () => [...document.querySelectorAll<HTMLElement>('[data-testid="tweetText"]')];

beforeEach(() => {
  document.body.innerHTML = '';
  document.body.append(document.importNode(parse('posts/quote-post-en.html').body, true));
});

describe('x.com quote post (captured cell)', () => {
  it('the captured cell holds the quoting text and, after it, the quoted one', () => {
    expect(texts().map((t) => t.textContent?.replace(/\s+/g, ' ').trim())).toEqual([QUOTING, QUOTED]);
  });

  it("a post's own text skips the quote card", () => {
    const post = document.querySelector<HTMLElement>('article[data-testid="tweet"]')!;
    expect(postText(post)).toBe(texts()[0]);
  });

  it('the quoted text stands for the quoting post it sits in', () => {
    const [quoting, quoted] = texts();
    expect(ownText(quoted)).toBe(quoting);
    expect(ownText(quoting)).toBe(quoting);
  });

  it('a bare quote (no text of its own) keeps the quoted text', () => {
    texts()[0].remove();
    expect(ownText(texts()[0])?.textContent).toContain('This is the original quoted tweet');
  });

  it("on a status page the reply box under a quote post gets the quoting post's text", () => {
    // The capture holds no reply box: the inline one from the captured 2022 status page is placed after the post.
    const page = parse('status-reply-en.html');
    const box = page.querySelector('[data-testid="tweetTextarea_0"]')!.closest('[data-testid="toolBar"]')?.parentElement ?? page.querySelector('[data-testid="tweetTextarea_0"]')!;
    document.body.append(document.importNode(box, true));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/TestQuoter/status/1983130000000000000');
    const composer = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    expect(x.replyTo(composer)).toBe(QUOTING);
  });
});
