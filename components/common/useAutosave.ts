import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, stashDraft } from './drafts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves `value` a moment after the organizer stops typing, and at once when the page is hidden
 * or closed, so that a half-typed note is never lost. `save` rejects to signal failure; the
 * value stays dirty and is tried again on the next change or flush. With a `draftKey`, text not
 * yet confirmed is also kept in the tab (see drafts.ts) until a save succeeds.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delayMs = 500, draftKey?: string) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string>('');
  const latest = useRef(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;

  // One save at a time: each flush queues behind the last, and saves whatever is newest when
  // its turn comes. A save sent alongside another would be based on an older revision and be
  // refused as a conflict with this tab's own edit.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      const next = latest.current;
      if (next === saved.current) return;
      setStatus('saving');
      try {
        await saveRef.current(next);
        saved.current = next;
        if (draftKey && latest.current === next) clearDraft(draftKey);
        setError('');
        setStatus(latest.current === next ? 'saved' : 'pending');
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
        setStatus('error');
      }
    });
    return queue.current;
  }, [draftKey]);

  // A layout effect, not a plain one: a plain effect waits for the next frame, which a tab that
  // is closing never draws, and the last keystrokes would not reach the draft.
  useLayoutEffect(() => {
    if (value === saved.current) return;
    if (draftKey) stashDraft(draftKey, typeof value === 'string' ? value : JSON.stringify(value));
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush, draftKey]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  /** Marks a value as already stored (e.g. fresh data from the background). */
  const markSaved = useCallback((stored: T) => {
    saved.current = stored;
  }, []);

  return { status, error, flush, markSaved };
}

export function statusText(status: SaveStatus, error: string): string {
  switch (status) {
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${error}`;
    default:
      return '';
  }
}
