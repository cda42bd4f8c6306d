// The pre-send review hook: one capture-phase listener on the window sees a press of a coached box's post button
// (or Ctrl/Cmd+Enter in the box) before the site does, and only then, with open findings or a check that failed,
// stops it.
import type { Omitted } from '../engine/analyzer.js';
import { CHECK_META_IDS } from '../engine/checks/meta/index.js';
import { checkTitle } from '../engine/check-titles.js';
import type { Capacity, Finding, LocalText, Ruleset } from '../engine/types.js';
import type { ContentContext } from './context.js';
import type { Overlay } from './overlay/overlay.js';
import type { Session } from './session.js';

export interface PresendDecision {
  /** Stop this press and show the review. */
  stop: boolean;
  /** The review offers no "post anyway". */
  blocked: boolean;
}

/**
 * What a press of Post meets. A check that could not run counts as an open question: "review" shows it, and "block"
 * fails closed, because a draft no one could check for personal details is not a draft known to have none.
 */
export function presendDecision(mode: NonNullable<Ruleset['review']>, open: readonly Finding[], failedChecks: readonly string[]): PresendDecision {
  if (mode === 'off' || (!open.length && !failedChecks.length)) return { stop: false, blocked: false };
  const blocked = mode === 'block' && (failedChecks.length > 0 || open.some((f) => f.severity === 'error'));
  return { stop: true, blocked };
}

/**
 * The open findings and the failed checks for a press of Post. An analysis that throws outright ran no check at all,
 * so it counts as every check failing: under "block" the post is held rather than let through unchecked.
 */
export function presendInputs(open: () => Finding[], failed: () => readonly string[]): { open: Finding[]; failed: readonly string[] } {
  try {
    const found = open();
    return { open: found, failed: failed() };
  } catch {
    return { open: [], failed: CHECK_META_IDS };
  }
}

/** The titles of the failed checks, in both languages, for the review to name them. */
export function failedCheckTitles(ids: readonly string[]): LocalText[] {
  return ids.map(checkTitle);
}

/**
 * Whether the review says the post will be permanent and may be republished (Oman ITA Codes of Conduct; UK Civil
 * Service Code): on an official account, unless the ruleset turns it off.
 */
export function permanenceNote(capacity: Capacity, ruleset: Ruleset): boolean {
  return capacity === 'official' && ruleset.permanenceNote !== false;
}

/** What a press of Post needs from the session of its box. */
export interface GuardedBox {
  composer: HTMLElement;
  overlay: Overlay;
  review(): NonNullable<Ruleset['review']>;
  /** Open findings, freshly analysed (it may throw: see presendInputs). */
  openFindings(): Finding[];
  failedChecks(): readonly string[];
  omitted(): Omitted;
  /** The review says, once, that the post will be permanent (see permanenceNote). */
  permanent(): boolean;
}

/**
 * One box's Post button: with open findings and a review asked for, a press is stopped and the review shown.
 * "Post anyway" presses the button again, once, and lets that press through.
 */
export class PostGuard {
  private allowNextPost = false;

  constructor(private readonly box: GuardedBox) {}

  intercept(event: Event, button: HTMLElement | null): void {
    if (this.allowNextPost) {
      this.allowNextPost = false;
      return;
    }
    const { box } = this;
    const mode = box.review();
    if (mode === 'off') return;
    const { open, failed } = presendInputs(() => box.openFindings(), () => box.failedChecks());
    const { stop, blocked } = presendDecision(mode, open, failed);
    if (!stop) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const anchor = (button ?? box.composer).getBoundingClientRect();
    const edit = () => box.composer.focus();
    // Without a button to press again (Ctrl/Cmd+Enter where none was found) there is no "post anyway" that would work.
    const postAnyway = button
      ? () => {
          this.allowNextPost = true;
          button.click();
          this.allowNextPost = false;
        }
      : undefined;
    box.overlay.review(open, blocked, anchor, postAnyway ? { edit, postAnyway } : { edit }, failedCheckTitles(failed), box.omitted(), box.permanent());
  }
}

export function watchPostButtons(ctx: ContentContext, doc: Document, sessions: () => Iterable<Session>): void {
  const win = doc.defaultView!;
  ctx.listen(
    win,
    'click',
    (event: MouseEvent) => {
      const path = event.composedPath();
      for (const session of sessions()) {
        if (!session.alive) continue;
        const button = session.site.postButton(session.composer);
        if (!button || !path.includes(button)) continue;
        if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') return;
        session.interceptPost(event, button);
        return;
      }
    },
    { capture: true },
  );
  ctx.listen(
    win,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
      const path = event.composedPath();
      for (const session of sessions()) {
        if (!session.alive || !path.includes(session.composer)) continue;
        session.interceptPost(event, session.site.postButton(session.composer));
        return;
      }
    },
    { capture: true },
  );
}
