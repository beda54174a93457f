import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PersonView } from '../../lib/protocol/person';
import type { PanelLayout, TabState } from '../../lib/protocol/panel';
import { adapters } from '../../lib/crm/index';
import { onMessage, sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { PanelShell } from '../../components/panel/PanelShell';
import { PersonPanel } from '../../components/panel/PersonPanel';
import { ManualPerson } from '../../components/panel/ManualPerson';
import { createPanelApi } from './person-api';
import { isToggleShortcut } from '../guest/shortcut';
import { messageOf } from '../../lib/error-message';

type View = { phase: 'none' } | { phase: 'loaded'; view: PersonView } | { phase: 'failed'; message: string };

/**
 * The panel page's root. It shows whoever the background says its tab shows (the guest read
 * the page; this page never reads it), and follows changes when the background nudges it.
 */
export function App({ initial, firstView }: { initial: TabState; firstView?: Promise<PersonView> }) {
  const [tab, setTab] = useState(initial);
  // The first view was asked for while drafts loaded; later ones are asked for here.
  const prefetched = useRef(firstView);
  const [view, setView] = useState<View>({ phase: 'none' });
  const read = tab.read;
  const personKey = read.phase === 'recognized' ? `${read.ref.crm}:${read.ref.account}:${read.ref.crmId ?? read.ref.email}` : '';
  const alive = useRef(true);
  const current = useRef(personKey);
  current.current = personKey;

  const refresh = async () => {
    if (tab.read.phase !== 'recognized' && current.current === '') return;
    const asked = current.current;
    const early = prefetched.current;
    prefetched.current = undefined;
    try {
      const next = await (early ?? sendMessage('getPersonView', {}));
      if (alive.current && asked === current.current) setView({ phase: 'loaded', view: next });
    } catch (cause) {
      if (alive.current && asked === current.current) setView({ phase: 'failed', message: messageOf(cause) });
    }
  };

  // A new person (in-page navigation, or named by hand): start from a clean view.
  useEffect(() => {
    setView({ phase: 'none' });
    if (personKey) void refresh();
  }, [personKey]);

  useEffect(() => {
    alive.current = true;
    const stop = onMessage('panelNudge', ({ data }) => {
      if (data.tabId !== tab.tabId) return; // another tab's news
      if (data.reason === 'focus') return void refresh();
      void sendMessage('panelState', {}).then((next) => {
        setTab(next);
        if (data.reason === 'data') void refresh();
      }, () => undefined);
    });
    // What the background announced between panelHello and this listener was not heard (a
    // single-page CRM that draws the person late lands there): ask once now.
    void sendMessage('panelState', {}).then((next) => alive.current && setTab(next), () => undefined);
    // Data may change elsewhere (popup, notification, another tab): refresh on return.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive.current = false;
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [tab.tabId]);

  const loaded = view.phase === 'loaded' ? view.view : undefined;
  // The api reads the latest view through a ref, so it is created once per person.
  const viewRef = useRef(loaded);
  viewRef.current = loaded;
  const api = useMemo(
    () =>
      createPanelApi(
        () => viewRef.current!,
        (next) => {
          viewRef.current = next;
          setView({ phase: 'loaded', view: next });
        },
        refresh,
      ),
    [personKey],
  );

  const setLayout = async (patch: Partial<Pick<PanelLayout, 'collapsed' | 'width'>>) => {
    setTab((current) => ({ ...current, layout: { ...current.layout, ...patch } }));
    const layout = await sendMessage('setPanelLayout', patch).catch(() => undefined);
    if (layout) setTab((current) => ({ ...current, layout }));
  };

  // The shortcut pressed inside the panel folds it (the page never hears these keys).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isToggleShortcut(event)) return;
      event.preventDefault();
      void setLayout({ collapsed: !tab.layout.collapsed });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tab.layout.collapsed]);

  const now = Date.now();
  const overdue = loaded ? loaded.followUps.filter((f) => (f.activeAt ?? f.dueAt) <= now).length : 0;
  const crm = read.phase === 'recognized' ? read.ref.crm : read.phase === 'unrecognized' ? read.partial.crm : read.crm;
  const crmLabel = adapters.find((a) => a.kind === crm)?.label ?? '';

  return (
    <PanelShell
      collapsed={tab.layout.collapsed}
      width={tab.layout.width}
      overlays={tab.layout.overlays}
      overdue={overdue}
      onToggle={() => void setLayout({ collapsed: !tab.layout.collapsed })}
      onResize={(width) => void setLayout({ width })}
    >
      {read.phase === 'reading' || (read.phase === 'recognized' && view.phase === 'none') ? <p class="occ-muted">{t('frame.reading')}</p> : null}
      {view.phase === 'failed' ? (
        <p class="occ-error" role="alert">
          {t('frame.loadFailed', [view.message])}
        </p>
      ) : null}
      {read.phase === 'unrecognized' ? (
        <ManualPerson
          found={read.partial}
          problem={read.problem}
          read={{ ...read, ok: false }}
          crmLabel={crmLabel}
          onConfirm={async (manual) => {
            setTab(await sendMessage('confirmManualPerson', manual));
          }}
        />
      ) : null}
      {loaded && read.phase === 'recognized' ? (
        <PersonPanel
          key={personKey}
          view={loaded}
          crmLabel={crmLabel}
          api={api}
          timeZone={loaded.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone}
        />
      ) : null}
    </PanelShell>
  );
}
