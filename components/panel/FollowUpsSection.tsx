import { useEffect, useRef } from 'preact/hooks';
import type { FollowUp } from '../../lib/model';
import { formatWhen, formatWhenNear } from '../../lib/dates';
import { followUpLabel } from '../../lib/reminder-words';
import { snoozePostpones } from '../../lib/rules/snooze';
import { t } from '../../lib/i18n';

interface Props {
  followUps: FollowUp[];
  /** They opted out of email: the follow-ups say to reach them another way. */
  emailOptedOut?: boolean;
  focusFollowUpId?: string;
  timeZone: string;
  now: number;
  /** What Snooze does (settings), so one not yet due says until when. */
  snoozeMinutes: number;
  onDone(id: string): void;
  onSnooze(id: string): void;
}

/** The person's open follow-ups, soonest first; one asked for by a reminder is brought into view. */
export function FollowUpsSection({ followUps, emailOptedOut, focusFollowUpId, timeZone, now, snoozeMinutes, onDone, onSnooze }: Props) {
  const focused = useRef<HTMLLIElement>(null);
  const snoozeEnd = formatWhen(now + snoozeMinutes * 60_000, timeZone);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' });
    focused.current?.focus();
  }, [focusFollowUpId]);

  return (
    <section class="occ-section" aria-labelledby="occ-followups">
      <h3 id="occ-followups">{t('panel.followUps.title')}</h3>
      {followUps.length === 0 ? <p class="occ-muted">{t('panel.followUps.none')}</p> : null}
      {followUps.length && emailOptedOut ? <p class="occ-hint">{t('recognition.email.followUps')}</p> : null}
      <ul class="occ-list">
        {followUps.map((f) => {
          const at = f.activeAt ?? f.dueAt;
          const isFocus = f.id === focusFollowUpId;
          return (
            <li key={f.id} ref={isFocus ? focused : undefined} tabIndex={isFocus ? -1 : undefined} class={`occ-item${isFocus ? ' occ-item--focus' : ''}`} aria-current={isFocus ? 'true' : undefined}>
              <span>
                <strong>{f.title || followUpLabel(f.kind)}</strong>
                <br />
                {f.status === 'snoozed' ? t('panel.followUps.snoozedUntil', [formatWhenNear(at, now, timeZone)]) : t('panel.followUps.due', [formatWhenNear(at, now, timeZone)])}
                {at <= now ? <strong class="occ-badge"> {t('panel.overdue')}</strong> : null}
              </span>
              <span class="occ-actions">
                <button type="button" class="occ-icon-button" aria-label={t('panel.followUps.doneLabel', [f.title || followUpLabel(f.kind)])} onClick={() => onDone(f.id)}>
                  {t('panel.followUps.done')}
                </button>
                {at <= now ? (
                  <button type="button" class="occ-icon-button" aria-label={t('panel.followUps.snoozeLabel', [f.title || followUpLabel(f.kind)])} onClick={() => onSnooze(f.id)}>
                    {t('panel.followUps.snooze')}
                  </button>
                ) : snoozePostpones(f, now, snoozeMinutes) ? (
                  // Not due yet: Snooze only puts it off, so say until when (and offer none if it would not).
                  <button type="button" class="occ-icon-button" aria-label={t('reminders.snoozeUntilFor', [snoozeEnd, f.title || followUpLabel(f.kind)])} onClick={() => onSnooze(f.id)}>
                    {t('reminders.snoozeUntil', [snoozeEnd])}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
