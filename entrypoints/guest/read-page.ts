import type { CrmAdapter, ReadResult } from '../../lib/crm/types';
import { clip, LIMITS } from '../../lib/limits';
import { messageOf } from '../../lib/error-message';

/**
 * Reads the person once the page shows them. Single-page apps change the URL before they render
 * the new person, so wait (watching the DOM) until the adapter says the page is ready, and read
 * what there is after `timeoutMs` whatever happens.
 */
export function readWhenReady(
  adapter: CrmAdapter,
  url: URL,
  signal: AbortSignal,
  options: { timeoutMs?: number; previousName?: string } = {},
): Promise<ReadResult> {
  const { timeoutMs = 5000, previousName } = options;
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      const read = safeRead(adapter, url);
      resolve(read.ok && stale() && !signal.aborted ? { ok: false, partial: read.ref, problem: 'The page still shows the previous person.', problemCode: 'stale' } : read);
    };
    // After in-page navigation the old person's heading can linger until the app renders the
    // new one: a page still naming the previous person is not ready yet.
    const stale = () => {
      if (!previousName) return false;
      const read = safeRead(adapter, url);
      return read.ok && read.ref.name === previousName;
    };
    const check = () => {
      if (signal.aborted || (isReady(adapter, url) && !stale())) finish();
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(finish, timeoutMs);
    signal.addEventListener('abort', finish, { once: true });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    check();
  });
}

/** Whether the adapter finds the person drawn; an adapter that throws is "not yet". */
export function isReady(adapter: CrmAdapter, url: URL): boolean {
  try {
    return adapter.isReady(document, url);
  } catch {
    return false;
  }
}

function safeRead(adapter: CrmAdapter, url: URL): ReadResult {
  try {
    return adapter.readPerson(document, url);
  } catch (cause) {
    // An adapter must never throw into the host page; report it as unrecognized instead. The
    // guest carries no messages (see lib/crm/types.ts): the panel words the code.
    const detail = clip(messageOf(cause), LIMITS.short - 40);
    return { ok: false, partial: { crm: adapter.kind, url: url.href }, problem: `Reading the page failed: ${detail}`, problemCode: 'read-failed', problemDetail: detail };
  }
}
