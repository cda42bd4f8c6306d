// Who may send the background each message and what shape it must have: one table for every type, so the UI's list,
// the content scripts' list and the shapes cannot drift apart. Anything else is refused with an answer, never thrown.
import { isObject as isRecord } from '../shared/json.js';
import type { Message, UiMessage } from '../shared/messages.js';

/** The extension's own pages (popup, options), its content scripts in web pages, either, or nobody (outgoing only). */
export type SenderKind = 'page' | 'content';
type From = SenderKind | 'any' | 'none';

/** A problem with the message, or undefined when its shape is right. */
type Shape = (m: Record<string, unknown>) => string | undefined;

interface Rule {
  from: From;
  /** "ui": answered by ui-handlers.ts; "router": by the background's router itself. */
  handler: 'ui' | 'router';
  shape: Shape;
}

const MAX_TEXT = 512;
const MAX_CHECKS = 256;

const isText = (v: unknown, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= MAX_TEXT;

/** Only these fields besides "type", each checked by its test (a missing optional field is undefined). */
function fields(tests: Record<string, (v: unknown) => boolean>): Shape {
  return (m) => {
    for (const key of Object.keys(m)) if (key !== 'type' && !(key in tests)) return `unexpected field "${key}"`;
    for (const [key, ok] of Object.entries(tests)) if (!ok(m[key])) return `bad field "${key}"`;
    return undefined;
  };
}

const none = fields({});
const oneOf = (...allowed: unknown[]) => (v: unknown) => allowed.includes(v);

export const MESSAGE_RULES = {
  'state:get': { from: 'any', handler: 'router', shape: none },
  'composer:update': {
    from: 'content',
    handler: 'router',
    // The rest of the state is copied field by field by sanitiseComposerState.
    shape: fields({ state: (v) => v === null || (isRecord(v) && isText(v.site, 1) && (v.findings === undefined || Array.isArray(v.findings))) }),
  },
  'stats:count': {
    from: 'content',
    handler: 'router',
    shape: fields({ checks: (v) => Array.isArray(v) && v.length <= MAX_CHECKS && v.every((c) => isText(c, 1)) }),
  },
  // The popup and the overlay's capacity question both set it.
  'capacity:set': {
    from: 'any',
    handler: 'router',
    shape: fields({ site: (v) => isText(v, 1), account: (v) => isText(v), capacity: oneOf('official', 'personal', 'unknown') }),
  },
  // A finding the person dismissed in the overlay: which check, rule and site, never a word of the draft.
  'dismissed:add': {
    from: 'content',
    handler: 'router',
    shape: fields({ site: (v) => isText(v, 1), check: (v) => isText(v, 1), rule: (v) => isText(v) }),
  },
  'tab:get': { from: 'page', handler: 'router', shape: fields({ tabId: (v) => Number.isSafeInteger(v) && (v as number) >= 0 }) },
  'pause:set': { from: 'page', handler: 'router', shape: fields({ site: (v) => isText(v, 1), paused: (v) => typeof v === 'boolean' }) },
  'state:changed': { from: 'none', handler: 'router', shape: none },
  'dismissed:list': { from: 'page', handler: 'ui', shape: none },
  'dismissed:reset': { from: 'page', handler: 'ui', shape: fields({ key: (v) => v === undefined || isText(v) }) },
  'stats:get': { from: 'page', handler: 'ui', shape: none },
  'stats:reset': { from: 'page', handler: 'ui', shape: none },
  'ruleset:get-user': { from: 'page', handler: 'ui', shape: none },
  // Its size, depth and content are the import handler's to judge, so the page hears why in its own terms.
  'ruleset:import': { from: 'page', handler: 'ui', shape: fields({ ruleset: (v) => v !== undefined }) },
  'prefs:set': { from: 'page', handler: 'ui', shape: fields({ uiLang: oneOf('en', 'ar', null) }) },
  // The UI's types are UiMessage's, and no others: the compiler holds the table and the union together.
} as const satisfies { [K in Message['type']]: Rule & { handler: K extends UiMessage['type'] ? 'ui' : 'router' } };

export type MessageType = keyof typeof MESSAGE_RULES;

/** The message types ui-handlers.ts answers. */
export const UI_MESSAGE_TYPES: ReadonlySet<string> = new Set(
  (Object.keys(MESSAGE_RULES) as MessageType[]).filter((type) => MESSAGE_RULES[type].handler === 'ui'),
);

/** What the background knows of itself to judge a sender. */
export interface Self {
  id: string;
  /** The extension's origin with its trailing slash, as runtime.getURL('') gives it. */
  origin: string;
}

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The extension's own page (no tab: the popup; or the top frame of a tab showing our page), a content script
 * (a frame of a web page's tab), or undefined for anyone else, e.g. our page framed inside a web page.
 */
export function senderKind(sender: Sender, self: Self): SenderKind | undefined {
  if (sender.id !== self.id) return undefined;
  const ownUrl = typeof sender.url === 'string' && sender.url.startsWith(self.origin);
  if (ownUrl) {
    if (!sender.tab) return 'page';
    const tabUrl = sender.tab.url;
    if (tabUrl !== undefined) return tabUrl.startsWith(self.origin) ? 'page' : undefined;
    return sender.frameId === 0 ? 'page' : undefined;
  }
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && typeof sender.frameId === 'number' && sender.frameId >= 0) return 'content';
  return undefined;
}

export type Admission =
  | { ok: true; message: Message; from: SenderKind; tabId?: number; frameId?: number; handler: 'ui' | 'router' }
  | { ok: false; error: string };

/** Whether the background answers `message` from `sender`, and how; the reason when it does not. */
export function admit(message: unknown, sender: Sender, self: Self): Admission {
  const from = senderKind(sender, self);
  if (!from) return { ok: false, error: 'refused: not from this extension’s pages or content scripts' };
  if (!isRecord(message) || typeof message.type !== 'string') return { ok: false, error: 'refused: a message is an object with a "type"' };
  const type = message.type;
  if (!Object.prototype.hasOwnProperty.call(MESSAGE_RULES, type)) return { ok: false, error: `refused: unknown message type "${type.slice(0, 64)}"` };
  const rule: Rule = MESSAGE_RULES[type as MessageType];
  if (rule.from === 'none' || (rule.from !== 'any' && rule.from !== from)) {
    return { ok: false, error: `refused: "${type}" is not accepted from ${from === 'page' ? 'an extension page' : 'a content script'}` };
  }
  const problem = rule.shape(message);
  if (problem) return { ok: false, error: `refused: "${type}": ${problem}` };
  const admitted: Admission = { ok: true, message: message as unknown as Message, from, handler: rule.handler };
  if (from === 'content') {
    admitted.tabId = sender.tab!.id;
    admitted.frameId = sender.frameId;
  }
  return admitted;
}
