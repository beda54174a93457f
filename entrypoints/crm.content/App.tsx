import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CrmAdapter, PersonRef, ReadResult } from '../../lib/crm/types';
import type { PersonView } from '../../lib/protocol/person';
import { sendMessage } from '../../lib/messaging';
import { PanelShell } from '../../components/panel/PanelShell';
import { PersonPanel } from '../../components/panel/PersonPanel';
import { createPanelApi } from './person-api';
import { readWhenReady } from './read-page';
import { onShowFollowUp } from './follow-up-focus';
import { ManualPerson } from '../../components/panel/ManualPerson';

interface Props {
  adapter: CrmAdapter;
  url: URL;
  /** Undefined until the organizer's setting is known: nothing is drawn until then. */
  collapsed: boolean | undefined;
  onToggle(): void;
  /** The name shown for the previous person in this tab (single-page apps). */
  previousName?: string;
  onRecognized(name: string): void;
}

type State =
  | { phase: 'reading' }
  | { phase: 'unrecognized'; read: Extract<ReadResult, { ok: false }> }
  | { phase: 'loaded'; view: PersonView }
  | { phase: 'failed'; message: string };

/**
 * The panel for one person page: reads the page, asks the background for the person's view, and
 * hands data and callbacks to the components. Keyed by person, so switching people in a
 * single-page app starts from a clean state.
 */
export function App({ adapter, url, collapsed, onToggle, previousName, onRecognized }: Props) {
  const [state, setState] = useState<State>({ phase: 'reading' });

  const ref = useRef<PersonRef | undefined>(undefined);
  const alive = useRef(true);

  /** Asks the background for the person's view again (after a write, or when the tab returns). */
  const refresh = async () => {
    if (!ref.current) return;
    try {
      const view = await sendMessage('getPersonView', { ref: ref.current });
      if (alive.current) setState({ phase: 'loaded', view });
    } catch (cause) {
      if (alive.current) setState({ phase: 'failed', message: errorText(cause) });
    }
  };

  // Layout effect: start reading at once, not a frame later (a plain effect waits for paint).
  useLayoutEffect(() => {
    const abort = new AbortController();
    alive.current = true;
    void (async () => {
      const read = await readWhenReady(adapter, url, abort.signal, { previousName });
      if (abort.signal.aborted) return;
      if (!read.ok) return setState({ phase: 'unrecognized', read });
      ref.current = read.ref;
      onRecognized(read.ref.name);
      await refresh();
    })();
    // Data may change elsewhere (popup, notification, another tab): refresh on return.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    const stopFocus = onShowFollowUp(() => void refresh());
    return () => {
      alive.current = false;
      abort.abort();
      document.removeEventListener('visibilitychange', onVisible);
      stopFocus();
    };
  }, [adapter, url.href]);

  const view = state.phase === 'loaded' ? state.view : undefined;
  // The api reads the latest view through a ref, so it is created once per person.
  const viewRef = useRef(view);
  viewRef.current = view;
  const api = useMemo(
    () =>
      createPanelApi(
        () => viewRef.current!,
        (next) => {
          viewRef.current = next;
          setState({ phase: 'loaded', view: next });
        },
        refresh,
      ),
    [],
  );

  if (collapsed === undefined) return null;
  return (
    <PanelShell collapsed={collapsed} onToggle={onToggle}>
      {state.phase === 'reading' ? <p class="occ-muted">Reading this page…</p> : null}
      {state.phase === 'failed' ? (
        <p class="occ-error" role="alert">
          The panel could not load this person: {state.message}
        </p>
      ) : null}
      {state.phase === 'unrecognized' ? (
        <ManualPerson
          found={state.read.partial}
          problem={state.read.problem} read={state.read}
          crmLabel={adapter.label}
          onConfirm={async (manual) => {
            const next = { ...state.read.partial, ...manual, account: state.read.partial.account || url.hostname, url: state.read.partial.url || url.href } as PersonRef;
            ref.current = next;
            const view = await sendMessage('getPersonView', { ref: next });
            onRecognized(next.name);
            if (alive.current) setState({ phase: 'loaded', view });
          }}
        />
      ) : null}
      {view ? (
        <PersonPanel
          view={view}
          crmLabel={adapter.label}
          api={api}
          timeZone={view.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone}
        />
      ) : null}
    </PanelShell>
  );
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
