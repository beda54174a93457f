import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, stashDraft } from './drafts';
import { t } from '../../lib/i18n';
import { messageOf } from '../../lib/error-message';

/**
 * idle: nothing typed yet. saving: typed, or on its way. saved: all of it stored. held: part of
 * it is kept back on purpose (a conflict to decide, a text over its limit) and is not sent.
 * error: the last save failed; the text stays and is tried again on the next change.
 */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'held' | 'error';

/** What a save reports when it could not store everything: why, in the organizer's words. */
export interface Held {
  held: string;
}

/** What waiting for the queue tells an action (Start, Finish, Cancel) before it runs. */
export type FlushResult = { ok: true } | { ok: false; reason: string };

export interface AutosaveOptions<T> {
  delayMs?: number;
  /** Keep text not yet confirmed in the tab's draft (see drafts.ts), encoded by `encode`. */
  draft?: { key: string; encode(value: T): string };
  /**
   * The newest value, for a caller that changes it between renders (a merge, a decided
   * conflict): a save then never sends a value older than what is on screen.
   */
  current?(): T;
}

/**
 * Saves `value` a moment after the organizer stops typing, and at once when the page is hidden
 * or closed, so that a half-typed note is never lost. One save at a time: each flush queues
 * behind the last and saves whatever is newest when its turn comes (a save sent alongside
 * another would be based on an older revision and refused as a conflict with this tab's own
 * edit). `save` rejects on failure, or returns Held when it kept part of the value back; either
 * way the draft stays, and `flush()` resolves with the reason so that a step that needs
 * everything stored can refuse to run.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void | Held>, options: AutosaveOptions<T> = {}) {
  const { delayMs = 500, draft } = options;
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [problem, setProblem] = useState('');
  const latest = useRef(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const currentRef = useRef(options.current);
  currentRef.current = options.current;

  const newest = () => currentRef.current?.() ?? latest.current;
  const queue = useRef<Promise<FlushResult>>(Promise.resolve({ ok: true }));
  /** The outcome of the last save, for a flush that finds nothing new to send. */
  const last = useRef<FlushResult>({ ok: true });

  const flush = useCallback((): Promise<FlushResult> => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      const next = newest();
      if (next === saved.current && last.current.ok) return last.current;
      setStatus('saving');
      try {
        const outcome = await saveRef.current(next);
        if (outcome && 'held' in outcome) {
          last.current = { ok: false, reason: outcome.held };
          setProblem(outcome.held);
          setStatus('held');
          return last.current;
        }
        saved.current = next;
        last.current = { ok: true };
        const key = draftRef.current?.key;
        if (key && newest() === next) clearDraft(key);
        setProblem('');
        setStatus(newest() === next ? 'saved' : 'saving');
        return last.current;
      } catch (cause) {
        const reason = messageOf(cause);
        last.current = { ok: false, reason };
        setProblem(reason);
        setStatus('error');
        return last.current;
      }
    });
    return queue.current;
  }, []);

  // A layout effect, not a plain one: a plain effect waits for the next frame, which a tab that
  // is closing never draws, and the last keystrokes would not reach the draft.
  useLayoutEffect(() => {
    if (value === saved.current) return;
    const d = draftRef.current;
    if (d) stashDraft(d.key, d.encode(value));
    setStatus((s) => (s === 'held' || s === 'error' ? s : 'saving'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush]);

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
    if (newest() === stored) last.current = { ok: true };
  }, []);

  /**
   * The organizer settled what is stored (a conflict decided): `stored` is now both on screen
   * and in the store, nothing is pending, and the tab's draft is no longer needed.
   */
  const settled = useCallback((stored: T) => {
    clearTimeout(timer.current);
    latest.current = stored;
    saved.current = stored;
    last.current = { ok: true };
    const key = draftRef.current?.key;
    if (key) clearDraft(key);
    setProblem('');
    setStatus('saved');
  }, []);

  return { status, problem, flush, markSaved, settled };
}

/** The quiet line under a form: Saving…, Saved, or what is wrong and that the text is kept. */
export function statusText(status: SaveStatus, problem: string): string {
  switch (status) {
    case 'saving':
      return t('panel.save.saving');
    case 'saved':
      return t('panel.save.saved');
    case 'held':
      return problem;
    case 'error':
      return t('panel.save.failed', [problem]);
    default:
      return '';
  }
}
