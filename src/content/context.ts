// One object owns every listener, timer and frame of this copy of the content script, so an
// extension update or reload ("Extension context invalidated") ends it cleanly and leaves no UI behind.

export class ContentContext {
  private readonly controller = new AbortController();
  private readonly timers = new Set<number>();
  private readonly frames = new Set<number>();

  constructor() {
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
    try {
      return !this.aborted && typeof chrome !== 'undefined' && !!chrome.runtime?.id;
    } catch {
      return false;
    }
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
    target.addEventListener(type, safely(handler), { ...options, signal: this.signal });
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
    const c = new ContentContext();
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
