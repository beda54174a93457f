import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CrmAdapter, ReadResult } from '../../lib/crm/types';
import type { PersonView } from '../../lib/protocol/person';
import { sendMessage } from '../../lib/messaging';
import { PanelShell } from '../../components/panel/PanelShell';
import { PersonHeader } from '../../components/panel/PersonHeader';
import { PersonNotes } from '../../components/panel/PersonNotes';
import { readWhenReady } from './read-page';

interface Props {
  adapter: CrmAdapter;
  url: URL;
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
export function App({ adapter, url }: Props) {
  const [state, setState] = useState<State>({ phase: 'reading' });
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      const read = await readWhenReady(adapter, url, abort.signal);
      if (abort.signal.aborted) return;
      if (!read.ok) return setState({ phase: 'unrecognized', read });
      try {
        const view = await sendMessage('getPersonView', { ref: read.ref });
        if (!abort.signal.aborted) setState({ phase: 'loaded', view });
      } catch (cause) {
        if (!abort.signal.aborted) setState({ phase: 'failed', message: errorText(cause) });
      }
    })();
    return () => abort.abort();
  }, [adapter, url.href]);

  const view = state.phase === 'loaded' ? state.view : undefined;

  const saveNotes = useCallback(
    async (notes: string) => {
      if (!view) return;
      const { person, conflicts } = await sendMessage('updatePerson', {
        key: view.person.key,
        baseRev: view.person.rev,
        patch: { notes },
      });
      if (conflicts.length) throw new Error('newer notes were saved in another tab; reload to see them');
      setState({ phase: 'loaded', view: { ...view, person } });
    },
    [view],
  );

  return (
    <PanelShell collapsed={collapsed} onToggle={() => setCollapsed(!collapsed)}>
      {state.phase === 'reading' ? <p class="occ-muted">Reading this page…</p> : null}
      {state.phase === 'failed' ? (
        <p class="occ-error" role="alert">
          The panel could not load this person: {state.message}
        </p>
      ) : null}
      {state.phase === 'unrecognized' ? (
        <p class="occ-error" role="alert">
          Could not identify the person on this page. {state.read.problem}
        </p>
      ) : null}
      {view ? (
        <>
          <PersonHeader person={view.person} crmLabel={adapter.label} />
          <PersonNotes notes={view.person.notes} personName={view.person.name} onSave={saveNotes} />
        </>
      ) : null}
    </PanelShell>
  );
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
