// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposer, siteName } from './index.js';
import { x } from './x.js';
import { wordpress } from './wordpress.js';
import { composedAncestors, composerForPath } from '../content/discovery.js';

const path = (el: Element) => composedAncestors(el);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('siteName', () => {
  it('names twitter.com and its subdomains as x.com, and drops www', () => {
    expect(siteName('mobile.twitter.com')).toBe('x.com');
    expect(siteName('www.facebook.com')).toBe('facebook.com');
    expect(siteName('old.reddit.com')).toBe('reddit.com');
  });

  it('names threads.net, the older name, as threads.com', () => {
    expect(siteName('www.threads.net')).toBe('threads.com');
    expect(siteName('threads.com')).toBe('threads.com');
  });
});

describe('x.com', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <nav><a data-testid="AppTabBar_Profile_Link" href="/OmanMDS">Profile</a></nav>
      <input id="search" type="text">
      <div role="dialog">
        <article data-testid="tweet"><div data-testid="tweetText">You are all useless</div></article>
        <div data-testid="tweetTextarea_0_label"><div id="ed" data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true"><span>hi</span></div></div></div>
        <button data-testid="tweetButton">Reply</button>
      </div>`;
  });

  it('finds the composer from a focus deep inside it, and not the search box', () => {
    const inner = document.querySelector('#ed span')!;
    expect(findComposer('x.com', path(inner))?.composer.id).toBe('ed');
    expect(findComposer('x.com', path(document.getElementById('search')!))).toBeNull();
  });

  it('reads the handle, the post replied to in the dialog, and the dialog post button', () => {
    const ed = document.getElementById('ed')!;
    expect(x.account(ed)).toBe('@OmanMDS');
    expect(x.replyTo(ed)).toBe('You are all useless');
    expect(x.postButton(ed)?.textContent).toBe('Reply');
  });

  it('reads the handle from the account switcher when there is no profile link', () => {
    document.querySelector('nav')!.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><span>Ministry</span><span>@Ministry_OM</span></div>';
    expect(x.account(document.getElementById('ed')!)).toBe('@Ministry_OM');
  });
});

describe('discovery', () => {
  it('reaches a composer inside nested open shadow roots', () => {
    const outer = document.createElement('shreddit-composer');
    document.body.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('data-lexical-editor', 'true');
    inner.attachShadow({ mode: 'open' }).append(box);
    const match = composerForPath('www.reddit.com', path(box));
    expect(match?.site.id).toBe('reddit');
    expect(match?.composer).toBe(box);
  });

  it('recognises forum software by markup on any coached host', () => {
    document.body.innerHTML = '<ol><li class="comment"><div class="comment-content"><p>First!</p></div><form id="commentform"><textarea id="comment"></textarea><input type="submit" id="submit" value="Post Comment"></form></li></ol>';
    const ta = document.getElementById('comment')!;
    const match = composerForPath('blog.example.org', path(ta));
    expect(match?.site.id).toBe('wordpress');
    expect(wordpress.replyTo(ta)).toBe('First!');
    expect(wordpress.postButton(ta)?.id).toBe('submit');
    document.body.innerHTML = '<form><textarea id="message" name="message"></textarea><input type="submit" name="post" value="Submit"></form>';
    expect(composerForPath('forum.example.org', path(document.getElementById('message')!))?.site.id).toBe('phpbb');
  });
});

describe('wordpress before 6.1', () => {
  // comment_form() then put the name inside its first link; the Arabic words are core's own (ar.po of WordPress 5.5).
  it.each([
    ['Logged in as', 'Edit your profile.', 'Log out?', 'Maryam'],
    ['متّصل بالاسم', 'تحرير ملفك الشخصي.', 'تسجيل الخروج؟', 'مريم البلوشي'],
  ])('reads the member after "%s" in the first link', (lead, edit, logout, name) => {
    document.body.innerHTML = `<form id="commentform"><p class="logged-in-as"><a href="/wp-admin/profile.php" aria-label="${lead} ${name}. ${edit}">${lead} ${name}</a>. <a href="/wp-login.php?action=logout">${logout}</a></p><textarea id="comment"></textarea></form>`;
    expect(wordpress.account(document.getElementById('comment')!)).toBe(name);
  });
});
