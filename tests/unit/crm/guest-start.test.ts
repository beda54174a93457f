import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, GuestContext, LOAD_WAIT_MS, watchLocation } from '../../../entrypoints/guest/guest-context';
import guest from '../../../entrypoints/guest/index';
import { onLeaving, STAYED_MS } from '../../../entrypoints/guest/leaving';

/** Pretends the page is still loading (happy-dom's document is complete from the start). */
function pageStillLoading() {
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return () => Reflect.deleteProperty(document, 'readyState');
}

describe('the guest waits for the CRM page to load', () => {
  let loaded: () => void;
  beforeEach(() => {
    loaded = pageStillLoading();
    vi.useFakeTimers();
  });
  afterEach(() => {
    loaded();
    vi.useRealTimers();
  });

  it('starts after the page’s load event, in a task of its own, once', () => {
    const start = vi.fn();
    afterLoad(new GuestContext(), start);
    vi.advanceTimersByTime(LOAD_WAIT_MS / 2);
    expect(start).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    // Not among the page's own load handlers…
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    // …and the fallback for a page that never loads does not start it again.
    vi.advanceTimersByTime(LOAD_WAIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway on a page whose load never comes (a resource that hangs)', () => {
    const start = vi.fn();
    afterLoad(new GuestContext(), start);
    vi.advanceTimersByTime(LOAD_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does nothing for a copy that has been stopped meanwhile', () => {
    const start = vi.fn();
    const ctx = new GuestContext();
    afterLoad(ctx, start);
    ctx.invalidate();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(LOAD_WAIT_MS);
    expect(start).not.toHaveBeenCalled();
  });

  it('tells the page nothing while it loads: no message, no event, no element', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const windowEvents = vi.spyOn(window, 'dispatchEvent');
    const before = document.documentElement.outerHTML;
    guest.main();
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(windowEvents).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
    // A second copy (a re-injection) finds the live one and stops there.
    guest.main();
    expect(posted).not.toHaveBeenCalled();
    // A copy orphaned by an update from an earlier version (no stop of its own) gives way too.
    (window as unknown as { __oneOnOneCompanion?: unknown }).__oneOnOneCompanion = { isValid: () => false };
    expect(() => guest.main()).not.toThrow();
    (window as unknown as { __oneOnOneCompanion?: { stop(): void } }).__oneOnOneCompanion?.stop();
    Reflect.deleteProperty(window, '__oneOnOneCompanion');
  });
});

describe('the guest follows a single-page app’s address', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports each new address once, and nothing after it is stopped', () => {
    history.replaceState(null, '', '/people/1');
    const ctx = new GuestContext();
    const seen: string[] = [];
    watchLocation(ctx, (next) => seen.push(next.pathname));
    history.pushState(null, '', '/people/2');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['/people/2']);
    ctx.invalidate();
    history.pushState(null, '', '/people/3');
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['/people/2']);
  });
});

describe('the guest takes its frame down as the page starts to leave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  function leavingPage() {
    const ctx = new GuestContext();
    const leave = vi.fn();
    const stayed = vi.fn();
    onLeaving(ctx, leave, stayed);
    const click = (href: string, download = false) => {
      const link = document.createElement('a');
      link.href = href;
      if (download) link.setAttribute('download', '');
      link.textContent = href;
      document.body.append(link);
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      // Only the event matters here: the test page goes nowhere.
      window.dispatchEvent(new Event('beforeunload'));
    };
    return { ctx, leave, stayed, click };
  }

  it('goes as the page starts to leave, and comes back if the page is still here', () => {
    const { leave, stayed, click } = leavingPage();
    click('https://riverside.nationbuilder.com/admin/signups/1202');
    // Not while the browser waits for the page's answer: a task later.
    expect(leave).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(stayed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(STAYED_MS);
    expect(stayed).toHaveBeenCalledTimes(1);
  });

  it('stays for the person’s email and phone links and for downloads', () => {
    const { leave, stayed, click } = leavingPage();
    click('mailto:mjnunez@example.org');
    click('tel:+15550101');
    click('https://riverside.nationbuilder.com/export.csv', true);
    vi.advanceTimersByTime(STAYED_MS * 2);
    expect(leave).not.toHaveBeenCalled();
    expect(stayed).not.toHaveBeenCalled();
  });

  it('goes for an address typed or reloaded after such a click', () => {
    const { leave, click } = leavingPage();
    click('mailto:mjnunez@example.org');
    vi.advanceTimersByTime(STAYED_MS);
    window.dispatchEvent(new Event('beforeunload'));
    vi.advanceTimersByTime(0);
    expect(leave).toHaveBeenCalledTimes(1);
  });
});
