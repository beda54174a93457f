/**
 * `wxt:locationchange` reports every navigation the page starts, including ones that never
 * change the address: a download link (a blob: URL or an export file) or a cancelled one.
 * Those must not take the panel away.
 */

/** Whether a reported change can be a move within this single-page app. */
export function isInPageMove(next: URL, here: Location | URL = location): boolean {
  // blob: and data: links are downloads (a blob: URL even shares the page's origin); other
  // origins are real page loads, which unload this script anyway.
  return next.protocol === here.protocol && next.origin === here.origin;
}

/**
 * Resolves true once the tab's address is `url` (single-page apps commit it a moment after the
 * event), false if it never gets there.
 */
export async function whenCommitted(url: URL, timeoutMs = 3000, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (location.href !== url.href) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return true;
}
