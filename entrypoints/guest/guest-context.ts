import { browser } from 'wxt/browser';

/**
 * The life of one copy of the guest: listeners and timers that end with it, and whether it is
 * still the live copy (an update orphans a running content script: its runtime goes away).
 *
 * Ours rather than WXT's ContentScriptContext: that one announces every start to the page with a
 * `window.postMessage` and page-visible events whose names carry the extension's id (a page could
 * tell the extension is installed, which `use_dynamic_url` is there to prevent), and the post
 * alone cost the CRM page 1–2 ms of its load.
 */
export class GuestContext {
  readonly #lifetime = new AbortController();

  get signal(): AbortSignal {
    return this.#lifetime.signal;
  }

  get isValid(): boolean {
    if (!this.#lifetime.signal.aborted && browser.runtime?.id == null) this.#lifetime.abort();
    return !this.#lifetime.signal.aborted;
  }

  /** Ends this copy: its listeners and timers stop and its `onInvalidated` callbacks run. */
  invalidate(): void {
    this.#lifetime.abort();
  }

  onInvalidated(callback: () => void): void {
    this.#lifetime.signal.addEventListener('abort', callback, { once: true });
  }

  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.#lifetime.signal });
  }

  setTimeout(handler: () => void, ms: number): void {
    const id = setTimeout(() => this.isValid && handler(), ms);
    this.onInvalidated(() => clearTimeout(id));
  }
}

type NavigationLike = EventTarget & { addEventListener(type: 'navigate', listener: (event: Event & { destination: { url: string } }) => void, options?: AddEventListenerOptions): void };

/**
 * Calls `onChange` with the new address whenever this single-page app changes it: from the
 * Navigation API's `navigate` event (which fires before the address commits, hence the URL it
 * carries) or, without that API, by looking once a second. Nothing is dispatched on the page.
 */
export function watchLocation(ctx: GuestContext, onChange: (next: URL) => void): void {
  let last = location.href;
  const changed = (href: string) => {
    if (href === last || !ctx.isValid) return;
    last = href;
    onChange(new URL(href));
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => changed(event.destination.url), { signal: ctx.signal });
    return;
  }
  const id = setInterval(() => changed(location.href), 1000);
  ctx.onInvalidated(() => clearInterval(id));
}

/** How long a page whose load event never comes (a resource that hangs) is waited for. */
export const LOAD_WAIT_MS = 2000;

/**
 * Runs `start` in a task of its own after the page's load event (after the page's own load
 * handlers, not among them), or after LOAD_WAIT_MS if the page never finishes loading.
 */
export function afterLoad(ctx: GuestContext, start: () => void): void {
  if (document.readyState === 'complete') return start();
  let started = false;
  const once = () => {
    if (started || !ctx.isValid) return;
    started = true;
    start();
  };
  ctx.addEventListener(window, 'load', () => setTimeout(once, 0), { once: true });
  ctx.setTimeout(once, LOAD_WAIT_MS);
}
