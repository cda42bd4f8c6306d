// threads.com (and threads.net): a Lexical composer (role="textbox"); account, reply and post button wait for a captured page.
import type { SiteAdapter } from './types.js';
import { composerIn } from './dom.js';

// Threads' composers are Lexical editors: contenteditable, role="textbox", data-lexical-editor="true".
const COMPOSER = '[data-lexical-editor="true"][role="textbox"]';

export const threads: SiteAdapter = {
  id: 'threads',
  hosts: ['threads.com', 'threads.net'],
  matches: ['https://*.threads.com/*', 'https://*.threads.net/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  // No captured Threads page shows where the account, the post replied to and the post button sit: none is read rather than guessed.
  account: () => undefined,
  replyTo: () => undefined,
  postButton: () => null,
};
