// The content script's lifetime on a page: its timers and listeners, all stopped once the extension that injected it
// is gone (reloaded, updated or removed: `browser.runtime.id` is then undefined in Chrome), and the page's in-app
// navigations. Written for Firebreak instead of WXT's ContentScriptContext, which also ends when a "newer instance"
// event arrives on the document: an event whose name that context announces to the page, so that any script of
// x.com or facebook.com could switch Firebreak off with one dispatchEvent. Chrome does not inject a content script
// into open tabs again, and Firefox removes an old instance's sandbox on update: no instance needs that signal.
import { browser } from 'wxt/browser';

/** How often the address is compared where the Navigation API cannot tell of a change (Firefox before 147). */
const LOCATION_POLL_MS = 1000;

export class ContentLifecycle {
  private readonly controller = new AbortController();
  private watchingLocation = false;
  private readonly locationListeners: ((url: string) => void)[] = [];
  private lastUrl = '';

  /** True once the extension is gone: every timer and listener of this instance has stopped. */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !extensionAlive()) this.controller.abort();
    return this.controller.signal.aborted;
  }

  /** Ends this instance: its timers and listeners stop, as when the extension goes. */
  stop(): void {
    this.controller.abort();
  }

  onInvalidated(cb: () => void): void {
    this.controller.signal.addEventListener('abort', cb);
  }

  setTimeout(handler: () => void, ms: number): number {
    const signal = this.controller.signal;
    const cancel = () => clearTimeout(id);
    const id = window.setTimeout(() => {
      // Fired: its cancel listener goes (timers are set about once a second while the page scrolls).
      signal.removeEventListener('abort', cancel);
      if (!this.isInvalid) handler();
    }, ms);
    signal.addEventListener('abort', cancel);
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (!this.isInvalid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    handler: (e: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  /**
   * Calls `cb` with the new address after each in-app navigation (pushState, replaceState, back and forward), once the
   * address has changed: from the Navigation API's entry change where the browser has it, else by comparing the
   * address every second.
   */
  onLocationChange(cb: (url: string) => void): void {
    this.locationListeners.push(cb);
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    this.lastUrl = location.href;
    const check = () => {
      if (location.href === this.lastUrl) return;
      this.lastUrl = location.href;
      for (const listener of this.locationListeners) listener(this.lastUrl);
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') nav.addEventListener('currententrychange', check, { signal: this.controller.signal });
    // Also where the API exists: a page may change its address in ways it does not see (a document.open()).
    this.setInterval(check, LOCATION_POLL_MS);
  }
}

/** Whether the extension that injected this script still runs (its id is gone from an orphaned script in Chrome). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
