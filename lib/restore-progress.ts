import { browser } from 'wxt/browser';

/**
 * How far a restore has got, from the background to the page that asked for it. The page names
 * the restore with a token of its own making; the background writes the progress under that
 * token in the extension's session storage (extension pages only: content scripts cannot read
 * it), and the page follows the changes. No message of its own, no state in the worker.
 */
export interface RestoreProgressNote {
  /** Checking the file (one pass over every record), then writing it. */
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

const keyOf = (token: string) => `restore-progress:${token}`;
/** Writes at most this often while records are being written, so the writes cost nothing much. */
const EVERY_MS = 150;

/** The background's side: report(note) as it goes, end() when the restore is over either way. */
export function restoreProgressReporter(token: string | undefined, clock: () => number = () => performance.now()) {
  let last = -Infinity;
  let phase: RestoreProgressNote['phase'] | undefined;
  const write = (note: RestoreProgressNote) => {
    // Not awaited: the restore's transaction must not wait on anything but the database.
    browser.storage.session.set({ [keyOf(token!)]: note }).catch(() => undefined);
  };
  return {
    report(note: RestoreProgressNote) {
      if (!token) return;
      const now = clock();
      // A new phase and the last record always show; in between, at most one write per EVERY_MS.
      if (note.phase === phase && note.done < note.total && now - last < EVERY_MS) return;
      last = now;
      phase = note.phase;
      write(note);
    },
    end() {
      if (token) browser.storage.session.remove(keyOf(token)).catch(() => undefined);
    },
  };
}

/** The page's side: calls `onNote` with each report for `token` until the returned stop(). */
export function followRestoreProgress(token: string, onNote: (note: RestoreProgressNote) => void): () => void {
  const key = keyOf(token);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const note = area === 'session' ? changes[key]?.newValue : undefined;
    if (note) onNote(note as RestoreProgressNote);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
