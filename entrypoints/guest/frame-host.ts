import { browser } from 'wxt/browser';
import type { PanelLayout } from '../../lib/protocol/panel';

/** Size of the folded rail (the panel page draws it). */
export const RAIL = { width: 44, height: 168, bottom: 96 } as const;

const HOST_TAG = 'one-on-one-companion';

// Inline and !important: a page's own stylesheet cannot hide, move or restyle the host (inline
// important declarations win over any selector's).
const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important; transform: none !important;';

export interface FrameHost {
  /** Shows the frame at this layout (hidden until the first layout is known). */
  apply(layout: PanelLayout): void;
  focus(): void;
  /** Whether keyboard focus is inside the panel. */
  hasFocus(): boolean;
  remove(): void;
}

/** Random, unguessable, never in the page's reach: proves to the background that our guest made the frame. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Removes hosts left by an older copy of this script (an update or a re-injection). */
export function removeStaleHosts(): void {
  document.querySelectorAll(HOST_TAG).forEach((stale) => stale.remove());
}

/**
 * The panel's frame: an extension page (panel.html) in an iframe, inside a shadow root, in the
 * browser's top layer. The page can see that a frame is there, but cannot look into it, hear its
 * keys or press its buttons (another origin). The token that proves the frame is ours is never
 * in its address: it is posted into the frame, addressed to the extension's origin only, once
 * the frame says it is ready (or has loaded), so the page can neither read nor intercept it.
 */
export function createFrameHost(token: string): FrameHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  // Page styles cannot reach into a shadow root; the host's own box is fixed by inline styles.
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('popover', 'manual');
  const frame = document.createElement('iframe');
  const address = browser.runtime.getURL('/panel.html');
  // The frame's document has the extension's own origin. In Chrome the address it is loaded
  // from uses a per-session id instead, so the origin is built from the extension's id there.
  const loadedFrom = new URL(address);
  const origin = loadedFrom.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : loadedFrom.origin;
  frame.src = address;
  const give = () => frame.contentWindow?.postMessage({ occToken: token }, origin);
  frame.addEventListener('load', give);
  // The frame asks as soon as its script runs (before its load event). A frame the page
  // navigated elsewhere could ask too, but the token is addressed to our origin only.
  // Heard only while this frame is on the page (a frame made again after a page that stayed
  // listens afresh).
  const listening = new AbortController();
  window.addEventListener(
    'message',
    (event) => {
      if (event.source === frame.contentWindow && event.data === 'occ-ready') give();
    },
    { signal: listening.signal },
  );
  // Copy for the CRM writes to the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  frame.setAttribute('style', 'display:block;width:100%;height:100%;border:0;margin:0;padding:0;background:transparent;color-scheme:normal;');
  box.append(frame);
  root.append(box);
  setBox(box, undefined);
  document.documentElement.append(host);
  showTopLayer(box);

  return {
    apply(layout) {
      // The frame's accessible name comes with the layout, worded by the background (no strings
      // ship here); until then the frame is hidden.
      if (layout.label && frame.title !== layout.label) frame.title = layout.label;
      setBox(box, layout);
      showTopLayer(box);
    },
    focus() {
      frame.focus();
    },
    hasFocus() {
      return document.activeElement === host;
    },
    remove() {
      listening.abort();
      host.remove();
    },
  };
}

function setBox(box: HTMLElement, layout: PanelLayout | undefined): void {
  // Beside the page's own scrollbar, not over it.
  const scrollbar = Math.max(0, window.innerWidth - document.documentElement.clientWidth);
  const common = `position:fixed;margin:0;padding:0;border:0;overflow:visible;background:transparent;z-index:2147483000;inset:auto ${scrollbar}px auto auto;`;
  const size = !layout
    ? // Loading while the layout is unknown: present (so it loads), not seen.
      `top:0;height:100vh;width:${RAIL.width}px;visibility:hidden;`
    : layout.collapsed
      ? `bottom:${RAIL.bottom}px;height:${RAIL.height}px;width:${RAIL.width}px;`
      : `top:0;height:100vh;width:${layout.width}px;max-width:100vw;`;
  box.setAttribute('style', common + size);
}

/** The top layer is out of reach of the page's transforms, z-indexes and overflow clipping. */
function showTopLayer(box: HTMLElement): void {
  const el = box as HTMLElement & { showPopover?: () => void };
  try {
    if (el.showPopover && !el.matches(':popover-open')) el.showPopover();
  } catch {
    // No popover support: it still shows as a fixed element.
  }
}
