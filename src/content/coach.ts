// Loaded on the first focus in a composer: the engine, the ruleset in force, and one session per compose box.
import { createAnalyzer, type Analyzer } from '../engine/analyzer.js';
import type { Capacity, Lang } from '../engine/types.js';
import { STORAGE, type ComposerState, type EffectiveState, type Message } from '../shared/messages.js';
import { pausedOn } from '../shared/pause.js';
import type { ComposerMatch } from '../sites/index.js';
import { siteName } from '../sites/types.js';
import type { ContentContext } from './context.js';
import { send } from './messaging.js';
import { Session, type CoachEnv } from './session.js';
import { pickLang, STRINGS, type Strings } from './overlay/strings.js';
import { watchPostButtons } from './presend.js';

export class Coach {
  private analyzer!: Analyzer;
  private state!: EffectiveState;
  private choices: Record<string, unknown> = {};
  /** storage.local's record of paused sites, as stored; whether it applies depends on the organisation's lock. */
  private pausedSites: unknown = {};
  private paused = false;
  private lang: Lang = 'en';
  private strings: Strings = STRINGS.en;
  private readonly sessions = new Map<HTMLElement, Session>();
  private active: HTMLElement | null = null;
  readonly site: string;

  constructor(
    private readonly ctx: ContentContext,
    private readonly doc: Document,
    host: string,
  ) {
    this.site = siteName(host);
  }

  async start(): Promise<boolean> {
    const state = await send<EffectiveState>(this.ctx, { type: 'state:get' });
    if (!state || this.ctx.aborted) return false;
    this.setState(state);
    const stored = await chrome.storage.local.get([STORAGE.capacityChoices, STORAGE.paused, STORAGE.uiLang]);
    this.applyStorage(stored);
    const onMessage = (message: Message & { state?: EffectiveState }) => {
      try {
        if (message?.type === 'state:changed' && message.state) {
          this.setState(message.state);
          // A newly unlocked pause stops coaching here; a newly locked one lets the next focus coach again.
          if (!this.refreshPaused()) this.sessions.forEach((s) => s.rulesChanged());
        }
      } catch (error) {
        console.debug('[post-coach]', error);
      }
    };
    const onStorage = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      try {
        if (area !== 'local') return;
        const next: Record<string, unknown> = {};
        for (const key of [STORAGE.capacityChoices, STORAGE.paused, STORAGE.uiLang]) if (key in changes) next[key] = changes[key].newValue;
        if (Object.keys(next).length) this.applyStorage(next, true);
      } catch (error) {
        console.debug('[post-coach]', error);
      }
    };
    chrome.runtime.onMessage.addListener(onMessage);
    chrome.storage.onChanged.addListener(onStorage);
    this.ctx.onAbort(() => {
      try {
        chrome.runtime.onMessage.removeListener(onMessage);
        chrome.storage.onChanged.removeListener(onStorage);
      } catch {
        // The runtime is already gone.
      }
    });
    // From here on there is an overlay to remove and a Post button to let go of when the extension goes away.
    this.ctx.pollRuntime();
    watchPostButtons(this.ctx, this.doc, () => this.sessions.values());
    return true;
  }

  private setState(state: EffectiveState): void {
    this.state = state;
    this.analyzer = createAnalyzer(state.ruleset);
  }

  private applyStorage(values: Record<string, unknown>, changed = false): void {
    if (STORAGE.capacityChoices in values) this.choices = (values[STORAGE.capacityChoices] as Record<string, unknown>) ?? {};
    if (STORAGE.paused in values) this.pausedSites = values[STORAGE.paused];
    if (STORAGE.uiLang in values || !changed) {
      this.lang = pickLang(values[STORAGE.uiLang], browserUiLanguage());
      this.strings = STRINGS[this.lang];
    }
    if (this.refreshPaused()) return;
    if (changed) this.sessions.forEach((s) => s.rulesChanged());
  }

  /** Re-decides the pause (stored choice, unless the organisation locked pausing); ends every session when paused. */
  private refreshPaused(): boolean {
    this.paused = pausedOn(this.site, this.pausedSites, this.state.status.locked);
    if (!this.paused) return false;
    for (const session of this.sessions.values()) session.ctx.abort('paused');
    this.sessions.clear();
    send(this.ctx, { type: 'composer:update', state: null });
    return true;
  }

  /** Coaches the focused composer (once per box), and makes it the one the toolbar reports. */
  attach(match: ComposerMatch): void {
    if (this.paused || this.ctx.aborted) return;
    this.forgetDisconnected();
    this.active = match.composer;
    const existing = this.sessions.get(match.composer);
    if (existing?.alive) {
      existing.refreshPageFacts();
      existing.analyzeNow();
      existing.report();
      return;
    }
    const child = this.ctx.child();
    try {
      const session = new Session(child, match.site, match.composer, this.envFor(match.composer));
      this.sessions.set(match.composer, session);
      child.onAbort(() => {
        if (this.sessions.get(match.composer) === session) this.sessions.delete(match.composer);
      });
    } catch (error) {
      child.abort('could not coach this box');
      console.debug('[post-coach]', error);
    }
  }

  private forgetDisconnected(): void {
    for (const [composer, session] of this.sessions) if (!composer.isConnected) session.ctx.abort('box left the page');
  }

  private envFor(composer: HTMLElement): CoachEnv {
    return {
      site: this.site,
      analyzer: () => this.analyzer,
      ruleset: () => this.state.ruleset,
      lang: () => this.lang,
      strings: () => this.strings,
      choices: () => this.choices,
      organisation: () => this.state.ruleset.organisation?.name,
      report: (state: ComposerState | null) => {
        if (state && this.active !== composer) return;
        if (!state && this.active !== composer) return;
        send(this.ctx, { type: 'composer:update', state });
      },
      countFired: (checks) => send(this.ctx, { type: 'stats:count', checks }),
      recordDismissed: (check, rule) => void send(this.ctx, { type: 'dismissed:add', site: this.site, check, rule }),
      chooseCapacity: (account, capacity: Capacity) => {
        const key = `${this.site}|${account ?? ''}`;
        if (capacity === 'unknown') delete this.choices[key];
        else this.choices = { ...this.choices, [key]: capacity };
        send(this.ctx, { type: 'capacity:set', site: this.site, account: account ?? '', capacity });
      },
    };
  }
}

/** The browser's UI language; a content script may ask chrome.i18n, and navigator.language says the same elsewhere. */
function browserUiLanguage(): string | undefined {
  try {
    return chrome.i18n?.getUILanguage?.() || navigator.language;
  } catch {
    return navigator.language;
  }
}

export async function startCoach(ctx: ContentContext, doc: Document, host: string): Promise<Coach | null> {
  const coach = new Coach(ctx, doc, host);
  return (await coach.start()) ? coach : null;
}
