import { useEffect, useRef } from 'preact/hooks';
import type { FollowUp } from '../../lib/model';
import { formatWhenNear } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { followUpLabels } from '../../lib/rules/labels';

interface Props {
  followUps: FollowUp[];
  focusFollowUpId?: string;
  timeZone: string;
  now: number;
  onDone(id: string): void;
  onSnooze(id: string): void;
}

/** The person's open follow-ups, soonest first; one asked for by a reminder is brought into view. */
export function FollowUpsSection({ followUps, focusFollowUpId, timeZone, now, onDone, onSnooze }: Props) {
  const focused = useRef<HTMLLIElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' });
    focused.current?.focus();
  }, [focusFollowUpId]);

  return (
    <section class="occ-section" aria-labelledby="occ-followups">
      <h3 id="occ-followups">{t('panel.followUps.title')}</h3>
      {followUps.length === 0 ? <p class="occ-muted">{t('panel.followUps.none')}</p> : null}
      <ul class="occ-list">
        {followUps.map((f) => {
          const at = f.activeAt ?? f.dueAt;
          const isFocus = f.id === focusFollowUpId;
          return (
            <li key={f.id} ref={isFocus ? focused : undefined} tabIndex={isFocus ? -1 : undefined} class={`occ-item${isFocus ? ' occ-item--focus' : ''}`} aria-current={isFocus ? 'true' : undefined}>
              <span>
                <strong>{f.title || followUpLabels[f.kind]}</strong>
                <br />
                {f.status === 'snoozed' ? t('panel.followUps.snoozedUntil', [formatWhenNear(at, now, timeZone)]) : t('panel.followUps.due', [formatWhenNear(at, now, timeZone)])}
                {at <= now ? <strong class="occ-badge"> {t('panel.overdue')}</strong> : null}
              </span>
              <span class="occ-actions">
                <button type="button" class="occ-icon-button" aria-label={t('panel.followUps.doneLabel', [f.title || followUpLabels[f.kind]])} onClick={() => onDone(f.id)}>
                  {t('panel.followUps.done')}
                </button>
                <button type="button" class="occ-icon-button" aria-label={t('panel.followUps.snoozeLabel', [f.title || followUpLabels[f.kind]])} onClick={() => onSnooze(f.id)}>
                  {t('panel.followUps.snooze')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
