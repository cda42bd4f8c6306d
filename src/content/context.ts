// One object owns every listener, timer and frame of this copy of the content script, so an
// extension update or reload ("Extension context invalidated") ends it cleanly and leaves no UI behind.

/** How often a running coach checks that the extension is still there (a property read, no message). */
const RUNTIME_POLL_MS = 250;

/** False once the extension was reloaded, updated or removed under this page: chrome.runtime.id is then gone. */
function runtimePresent(): boolean {
  try {
    return typeof chrome !== 'undefined' && !!chrome.runtime?.id;
  } catch {
    return false;
  }
}

export class ContentContext {
  private readonly controller = new AbortController();
  private readonly timers = new Set<number>();
  private readonly frames = new Set<number>();
  /** The whole script's lifetime; a compose box's lifetime is a child of it. */
  private readonly root: ContentContext;
  /** Set on the root by tieToRuntime: every handler then first checks that the extension is still there. */
  private tied = false;
  private polling = false;

  constructor(parent?: ContentContext) {
    this.root = parent?.root ?? this;
    this.signal.addEventListener('abort', () => {
      for (const id of this.timers) window.clearTimeout(id);
      for (const id of this.frames) window.cancelAnimationFrame(id);
      this.timers.clear();
      this.frames.clear();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  /** False once the extension was reloaded, updated or removed under this page. */
  runtimeAlive(): boolean {
    return !this.aborted && runtimePresent();
  }

  /**
   * Ties this (root) lifetime to the extension's: from now on a handler that runs after the extension went away
   * ends the whole script instead, so a press of Post is never stopped by a copy that can no longer review it.
   */
  tieToRuntime(): void {
    this.root.tied = true;
  }

  /** Checks the extension every RUNTIME_POLL_MS while this lifetime runs, so the overlay goes when it does, unprompted. */
  pollRuntime(): void {
    const root = this.root;
    if (root.polling) return;
    root.polling = true;
    const tick = () => {
      if (root.stillValid()) root.setTimeout(tick, RUNTIME_POLL_MS);
    };
    tick();
  }

  /** True while this lifetime runs; a tied script whose extension is gone ends here (every lifetime with it). */
  stillValid(): boolean {
    if (this.aborted) return false;
    if (this.root.tied && !runtimePresent()) {
      this.root.abort('extension context invalidated');
      return false;
    }
    return true;
  }

  abort(reason = 'ended'): void {
    if (!this.aborted) this.controller.abort(reason);
  }

  onAbort(cb: () => void): void {
    if (this.aborted) return void safely(cb)();
    this.signal.addEventListener('abort', safely(cb), { once: true });
  }

  /** addEventListener bound to this context's lifetime; the handler never throws into the page. */
  listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | string,
    handler: (event: any) => void,
    options: AddEventListenerOptions = {},
  ): void {
    if (this.aborted) return;
    const run = safely(handler);
    target.addEventListener(type, (event) => this.stillValid() && run(event), { ...options, signal: this.signal });
  }

  setTimeout(cb: () => void, ms: number): number {
    if (this.aborted) return 0;
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      safely(cb)();
    }, ms);
    this.timers.add(id);
    return id;
  }

  clearTimeout(id: number): void {
    window.clearTimeout(id);
    this.timers.delete(id);
  }

  requestAnimationFrame(cb: () => void): number {
    if (this.aborted) return 0;
    const id = window.requestAnimationFrame(() => {
      this.frames.delete(id);
      safely(cb)();
    });
    this.frames.add(id);
    return id;
  }

  /**
   * Runs `cb` in a task just after the next frame: the browser has laid the page out by then, so reading geometry
   * costs nothing, where reading it inside requestAnimationFrame would force the layout of the edit just typed.
   */
  afterNextFrame(cb: () => void): void {
    this.requestAnimationFrame(() => this.setTimeout(cb, 0));
  }

  /** A child lifetime (one compose box) that also ends when this one ends. */
  child(): ContentContext {
    const c = new ContentContext(this);
    if (this.aborted) return c.abort('parent ended'), c;
    const end = () => c.abort('parent ended');
    this.signal.addEventListener('abort', end, { once: true });
    c.signal.addEventListener('abort', () => this.signal.removeEventListener('abort', end), { once: true });
    return c;
  }
}

/** Wraps a handler so that an error stays in the content script (logged at debug level) and never reaches the page. */
export function safely<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[post-coach]', error);
    }
  };
}
