import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { FollowUpKind } from '../../lib/model';
import type { Request } from '../../lib/protocol';
import type { FollowUpList as List, FollowUpPage, Section } from '../../lib/protocol/followups';
import { followUpLabel } from '../../lib/reminder-words';
import { SECTIONS, countShown, mergeGroups } from '../../lib/rules/followup-pages';
import { t } from '../../lib/i18n';
import { FollowUpList, type SectionView } from './FollowUpList';

export interface FollowUpsApi {
  list(request: Request<'listFollowUps'>): Promise<List>;
  more(request: Request<'moreFollowUps'>): Promise<FollowUpPage>;
  complete(id: string): Promise<unknown>;
  snooze(id: string): Promise<unknown>;
  open(id: string): Promise<unknown>;
  reportsUrl: string;
  optionsUrl: string;
  teamUrl?: string;
  /** Drive progress, shown above the list. */
  drives?: ComponentChildren;
  /** Notices, such as a CRM connection that needs reconnecting. */
  notices?: ComponentChildren;
}

/** The list looks a week ahead. */
export const DAYS = 7;
/** The most one request may ask of a section (the protocol's cap). */
const MAX_PAGE = 500;

interface ListState {
  now: number;
  timeZone: string;
  snoozeMinutes: number;
  sections: Record<Section, SectionView>;
}

interface Filter {
  person?: { key: string; name: string };
  kind?: FollowUpKind;
}

const kinds = FollowUpKind.options;

function fromList(list: List): ListState {
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, { groups: list[s], total: list.totals[s], after: list.after[s] }])) as Record<Section, SectionView>;
  return { now: list.now, timeZone: list.timeZone, snoozeMinutes: list.snoozeMinutes, sections };
}

/**
 * The popup: the follow-up list with its filters, and links to the other pages. `first` is the
 * unfiltered list already asked for while the page was loading (an effect would wait a frame).
 */
export function FollowUpsApp({ api, first }: { api: FollowUpsApi; first?: Promise<List> }) {
  const kindId = useId();
  const [state, setState] = useState<ListState>();
  const [filter, setFilter] = useState<Filter>({});
  const [error, setError] = useState('');
  // Answers to an older request (another filter, an earlier redraw) are dropped.
  const asked = useRef(0);
  const early = useRef(first);

  const load = (limits?: Partial<Record<Section, number>>) => {
    const ticket = ++asked.current;
    const ready = early.current;
    early.current = undefined;
    return (ready ?? api.list({ days: DAYS, personKey: filter.person?.key, kind: filter.kind, limits }))
      .then((list) => ticket === asked.current && (setState(fromList(list)), setError('')))
      .catch((e: Error) => setError(e.message));
  };
  useLayoutEffect(() => void load(), [filter.person?.key, filter.kind]);

  /** After Done or Snooze: redraw as many rows as were on screen, with fresh totals. */
  const act = (work: Promise<unknown>) =>
    work
      .then(() => {
        const limits = state ? Object.fromEntries(SECTIONS.map((s) => [s, Math.min(MAX_PAGE, Math.max(1, countShown(state.sections[s].groups)))])) : undefined;
        return load(limits);
      })
      .catch((e: Error) => setError(e.message));

  const more = (section: Section) => {
    if (!state) return;
    const { after } = state.sections[section];
    if (!after) return;
    const ticket = asked.current;
    api
      .more({ section, now: state.now, days: DAYS, after, personKey: filter.person?.key, kind: filter.kind })
      .then((page) => {
        if (ticket !== asked.current) return;
        setState((current) => {
          if (!current) return current;
          const view = current.sections[section];
          // An empty page means the rest went away meanwhile: stop offering more.
          const next = { ...view, groups: mergeGroups(view.groups, page.groups), after: page.after, total: page.after ? view.total : countShown(view.groups) };
          return { ...current, sections: { ...current.sections, [section]: next } };
        });
      })
      .catch((e: Error) => setError(e.message));
  };

  return (
    <>
      <header class="fu-top">
        <h1>{t('popup.heading')}</h1>
        <div class="fu-filter">
          <label for={kindId}>{t('popup.kind')}</label>
          <select id={kindId} value={filter.kind ?? ''} onChange={(e) => setFilter({ ...filter, kind: (e.currentTarget.value || undefined) as FollowUpKind | undefined })}>
            <option value="">{t('popup.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {followUpLabel(k)}
              </option>
            ))}
          </select>
        </div>
      </header>
      {filter.person ? (
        <p class="fu-showing">
          <span>{t('popup.showingPerson', [filter.person.name])}</span>
          <button type="button" onClick={() => setFilter({ ...filter, person: undefined })}>
            {t('popup.everyone')}
          </button>
        </p>
      ) : null}
      <main>
        {api.drives}
        {api.notices}
        {error ? (
          <p class="fu-error" role="alert">
            {error}
          </p>
        ) : null}
        {state ? (
          <FollowUpList
            sections={state.sections}
            timeZone={state.timeZone}
            now={state.now}
            snoozeMinutes={state.snoozeMinutes}
            filtered={Boolean(filter.person || filter.kind)}
            onDone={(id) => act(api.complete(id))}
            onSnooze={(id) => act(api.snooze(id))}
            onOpen={(id) => void api.open(id).catch((e: Error) => setError(e.message))}
            onMore={more}
            onOnly={filter.person ? undefined : (key, name) => setFilter({ ...filter, person: { key, name } })}
          />
        ) : (
          <p class="fu-empty">{t('popup.loading')}</p>
        )}
      </main>
      <footer class="fu-links">
        <a class="fu-link" href={api.reportsUrl} target="_blank">
          {t('popup.reports')}
        </a>
        {api.teamUrl ? (
          <a class="fu-link" href={api.teamUrl} target="_blank">
            {t('team.page.link')}
          </a>
        ) : null}
        <a class="fu-link" href={api.optionsUrl} target="_blank">
          {t('popup.options')}
        </a>
      </footer>
    </>
  );
}
