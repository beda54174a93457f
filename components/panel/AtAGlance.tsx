import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Commitment, Meeting } from '../../lib/model';
import { formatDay } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { answerLabel } from '../../lib/rules/labels';
import type { PanelApi } from './api';
import { CommitmentForm, CommitmentList } from './Commitments';

/** How many past 1:1s show before "Show all". */
const FIRST = 5;

/** The day a past 1:1 is known by: when it was held, or (cancelled) when it was planned for. */
export const pastDay = (m: Meeting): number => (m.status === 'held' ? (m.endedAt ?? m.startedAt ?? m.updatedAt) : (m.scheduledAt ?? m.updatedAt));

interface Props {
  meetings: Meeting[];
  commitments: Commitment[];
  timeZone: string;
  now: number;
  api: PanelApi;
  /** Opens a past 1:1 in the read view. */
  onOpen(id: string): void;
  /** Brings a cancelled 1:1 back; undefined while another 1:1 is planned. */
  onRestore?(id: string): void;
  onCalendar(commitment: Commitment): void;
  /** Shown under each finished 1:1 (its way to the CRM). */
  renderHeld?(meeting: Meeting): ComponentChildren;
}

/** The person's history in a glance: past 1:1s (each opens in full) and open commitments both ways. */
export function AtAGlance({ meetings, commitments, timeZone, now, api, onOpen, onRestore, onCalendar, renderHeld }: Props) {
  const past = meetings.filter((m) => m.status === 'held' || m.status === 'cancelled');
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState(false);
  const shown = all ? past : past.slice(0, FIRST);
  return (
    <section class="occ-section" aria-labelledby="occ-history">
      <h3 id="occ-history">{t('panel.history.title')}</h3>
      {past.length === 0 ? <p class="occ-muted">{t('panel.history.none')}</p> : null}
      <ul class="occ-list">
        {shown.map((m) => {
          const day = formatDay(pastDay(m), timeZone);
          return (
            <li key={m.id} class="occ-item">
              <span class="occ-item__text">
                <button type="button" class="occ-link-button" data-past={m.id} aria-label={t('panel.history.openLabel', [day])} onClick={() => onOpen(m.id)}>
                  {day}
                </button>
                {' · '}
                {m.status === 'cancelled'
                  ? t('panel.history.cancelled')
                  : m.answer
                    ? m.ask
                      ? t('panel.history.answered', [answerLabel(m.answer), m.ask])
                      : answerLabel(m.answer)
                    : t('panel.history.noAsk')}
              </span>
              {m.status === 'held' ? renderHeld?.(m) : null}
              {m.status === 'cancelled' && onRestore ? (
                <span class="occ-actions">
                  <button type="button" class="occ-icon-button" aria-label={t('panel.history.restoreLabel', [day])} onClick={() => onRestore(m.id)}>
                    {t('panel.history.restore')}
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {past.length > FIRST ? (
        <button type="button" class="occ-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('panel.history.fewer') : t('panel.history.all', [String(past.length)])}
        </button>
      ) : null}
      <h3>{t('panel.commitments.open')}</h3>
      <CommitmentList commitments={commitments} timeZone={timeZone} now={now} api={api} empty={t('panel.commitments.noneOpen')} onCalendar={onCalendar} marking />
      <button type="button" class="occ-link-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
        {t('panel.commitments.addOutside')}
      </button>
      {adding ? <CommitmentForm timeZone={timeZone} now={now} api={api} /> : null}
    </section>
  );
}
