import type { GuestContext } from './guest-context';

/** How long after starting to leave a page that is still here is told so. */
export const STAYED_MS = 1000;

/**
 * Calls `leave` as the page starts to unload (in a task of its own, so the browser's question
 * "may this page go?" is answered at once), and `stayed` if the page is still here a moment later:
 * a download, or a navigation the page or the organizer cancelled.
 *
 * Links that never take the page away are let be: Chrome asks the page to unload for mailto: and
 * tel: links (the person's email and phone, which organizers click all the time) and downloads,
 * and the panel should not blink out for those.
 */
export function onLeaving(ctx: GuestContext, leave: () => void, stayed: () => void): void {
  let keptBy: { at: number } | undefined;
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      keptBy = link instanceof HTMLAnchorElement && keepsPage(link) ? { at: event.timeStamp } : undefined;
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'beforeunload', (event) => {
    if (keptBy && event.timeStamp - keptBy.at < STAYED_MS) return;
    setTimeout(leave, 0);
    ctx.setTimeout(stayed, STAYED_MS);
  });
}

/** A link the browser follows without leaving the page. */
function keepsPage(link: HTMLAnchorElement): boolean {
  return !/^https?:$/.test(link.protocol) || link.hasAttribute('download');
}
