import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adapterFor } from '../../lib/crm/index';
import type { CrmAdapter } from '../../lib/crm/types';
import { onMessage, sendMessage } from '../../lib/messaging';
import type { PanelLayout, TabRead } from '../../lib/protocol/panel';
import { createFrameHost, newToken, removeStaleHosts, type FrameHost } from './frame-host';
import { afterLoad, GuestContext, watchLocation } from './guest-context';
import { giveRoomBack, makeRoom, pageFits, shiftFixed } from './make-room';
import { isReady, readWhenReady } from './read-page';
import { onLeaving } from './leaving';
import { isToggleShortcut } from './shortcut';
import { isInPageMove, whenCommitted } from './url-change';

/**
 * The guest: the only code of ours that runs in the CRM page. It picks the adapter, reads the
 * person, follows in-page navigation, hosts and docks the panel's frame and forwards the
 * toggle shortcut. It ships no UI code and shows no text: the panel is an extension page in
 * its own frame, told who is on the page by the background, never by the page.
 *
 * The manifest loads it on CRM pages at document_idle (wxt.config.ts): after the page's load
 * event, or a moment after its DOM is parsed when loading drags on. It is an unlisted script, not
 * a WXT content script, so that it starts with nothing but its own code (see GuestContext), and
 * it waits for the load event before doing anything: work done earlier, even reading the
 * person, holds back the host page's own load.
 */
export default defineUnlistedScript(() => {
  // One guest per page: the manifest and a re-injection after install can both start this
  // script. A live copy wins; one orphaned by an update gives way first, with its frame and the
  // room it made (a copy from before this version has no stop: its frame goes with
  // removeStaleHosts).
  const scope = window as unknown as { __oneOnOneCompanion?: { isValid(): boolean; stop?(): void } };
  const previous = scope.__oneOnOneCompanion;
  if (previous?.isValid()) return;
  previous?.stop?.();
  const ctx = new GuestContext();
  scope.__oneOnOneCompanion = { isValid: () => ctx.isValid, stop: () => ctx.invalidate() };
  afterLoad(ctx, () => start(ctx));
});

function start(ctx: GuestContext): void {
  removeStaleHosts();

  const token = newToken();
  let frame: FrameHost | undefined;
  let layout: PanelLayout | undefined;
  let showing = '';
  /** The person shown last, so a single-page app's leftover heading is not taken for the next one. */
  let last: { key: string; name: string } | undefined;
  let reading: AbortController | undefined;
  let lastRead: TabRead | undefined;

  let reportedOverlays = false;
  /** The open panel covers part of a page that ignored the room made for it. */
  const overlaysNow = () => !!layout && !layout.collapsed && !pageFits();
  /** Tells the panel when that changed (once per change). */
  const reportOverlays = () => {
    if (lastRead && overlaysNow() !== reportedOverlays) void report(lastRead);
  };

  const report = async (read: TabRead) => {
    lastRead = read;
    const overlays = (reportedOverlays = overlaysNow());
    // A worker that is still starting (a browser just opened) may not answer yet: try again a
    // few times, unless a newer report has replaced this one meanwhile.
    for (let attempt = 0; attempt < 6 && ctx.isValid && lastRead === read; attempt++) {
      try {
        return apply(await sendMessage('guestReport', { token, read, overlays }));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 150 * 2 ** attempt));
      }
    }
  };

  const apply = (next: PanelLayout) => {
    if (!ctx.isValid) return;
    layout = next;
    // The frame is made once its layout is known (the background's answer to the first report),
    // so it never sits hidden, at the wrong size, while the panel inside already shows.
    if (!frame && showing) frame = createFrameHost(token);
    if (!frame) return;
    frame.apply(next);
    makeRoom(next.collapsed ? 0 : next.width);
    reportOverlays();
  };

  const dropFrame = () => {
    frame?.remove();
    frame = undefined;
  };

  const leave = () => {
    reading?.abort();
    dropFrame();
    giveRoomBack();
  };

  const show = (href: string) => {
    if (!ctx.isValid) return leave();
    const url = new URL(href);
    const adapter = adapterFor(url);
    if (!adapter?.isPersonPage(url)) {
      showing = '';
      return leave();
    }
    const identity = adapter.identityFromUrl(url);
    const key = `${adapter.kind}:${identity?.account}:${identity?.crmId ?? url.pathname + url.search}`;
    if (key === showing) return;
    showing = key;
    // The person is read (and the background told) first, so the frame finds them when it asks.
    void readPerson(adapter, url, key);
    mountFrame();
  };

  /** Frames the panel now if its layout is known; otherwise the first answer to a report will. */
  const mountFrame = () => {
    if (layout) apply(layout);
  };

  const readPerson = async (adapter: CrmAdapter, url: URL, key: string) => {
    reading?.abort();
    const abort = new AbortController();
    reading = abort;
    // "Reading" withdraws a person this tab showed before (in-page navigation) and tells the
    // frame to wait for a page that draws late; a classic page read at once needs neither.
    if (lastRead || !isReady(adapter, url)) void report({ phase: 'reading', crm: adapter.kind });
    const read = await readWhenReady(adapter, url, abort.signal, { previousName: last && last.key !== key ? last.name : undefined });
    if (abort.signal.aborted) return;
    if (read.ok) last = { key, name: read.ref.name };
    // The page's own name is reported, never a correction the organizer made (the background
    // keeps corrections, and drops one when the page starts showing another name).
    if (read.ok) return report({ phase: 'recognized', ref: read.ref });
    const { ok: _failed, ...failure } = read;
    await report({ ...failure, phase: 'unrecognized' });
  };

  show(location.href);

  // Single-page CRMs change the URL without a page load. The change can be seen before
  // location.href commits, so a new person is shown from the URL it carries; the panel is
  // only taken away once the address really changed (a download link fires it too).
  watchLocation(ctx, (newUrl) => {
    if (!isInPageMove(newUrl)) return;
    if (adapterFor(newUrl)?.isPersonPage(newUrl)) return show(newUrl.href);
    void whenCommitted(newUrl).then((moved) => moved && show(newUrl.href));
  });

  // Fixed elements that appear later (or a resized window) are moved out from under the panel.
  const reflow = () => layout && !layout.collapsed && frame && shiftFixed();
  ctx.addEventListener(window, 'resize', () => {
    reflow();
    if (layout && frame) frame.apply(layout);
  });
  ctx.addEventListener(window, 'load', () => {
    if (!frame) return;
    reflow();
    // Say whether the page made room, so the panel can tell the organizer how to fold it.
    if (showing) reportOverlays();
  });

  // The shortcut: folded → open and focus; open but elsewhere → focus; focused → fold.
  const toggle = () => {
    if (!frame || !layout) return;
    if (!layout.collapsed && !frame.hasFocus()) return frame.focus();
    const collapsed = !layout.collapsed;
    void sendMessage('guestFold', { token, collapsed }).then((next) => {
      apply(next);
      if (!collapsed) frame?.focus();
    }, () => undefined);
  };
  onMessage('togglePanel', toggle);
  onMessage('guestLayout', ({ data }) => apply(data));
  // The browser's command is the normal path; the key is a fallback for when it could not be
  // bound (another extension took it). Keys typed inside the panel never reach this page.
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      // Only the organizer's own keys: a key event the page makes up cannot fold the panel.
      if (event.isTrusted && isToggleShortcut(event)) {
        event.preventDefault();
        toggle();
      }
    },
    { capture: true },
  );
  // Chrome tears an extension frame down as part of committing the next page, on the same
  // cores: the next CRM page paid ~10 ms for it in the bench. Taken down as this page starts to
  // leave, that work overlaps the wait for the next page instead. The room stays (no reflow of
  // a leaving page); the panel has saved its drafts on the way out. If the page stays after all,
  // the frame comes back. Firefox keeps pages with a beforeunload listener out of its
  // back-forward cache: not there.
  if (!import.meta.env.FIREFOX) {
    onLeaving(ctx, dropFrame, () => showing && mountFrame());
  }
  ctx.onInvalidated(leave);
}
