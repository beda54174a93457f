import { useEffect, useRef } from 'preact/hooks';
import type { FollowUp } from '../../lib/model';
import { formatWhen } from '../../lib/dates';
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
      <h3 id="occ-followups">Follow-ups</h3>
      {followUps.length === 0 ? <p class="occ-muted">Nothing to follow up.</p> : null}
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
                {f.status === 'snoozed' ? 'Snoozed until' : 'Due'} {formatWhen(at, timeZone)}
                {at <= now ? <strong class="occ-badge"> Overdue</strong> : null}
              </span>
              <span class="occ-actions">
                <button type="button" class="occ-icon-button" aria-label={`Done: ${f.title}`} onClick={() => onDone(f.id)}>
                  Done
                </button>
                {at <= now ? (
                  <button type="button" class="occ-icon-button" aria-label={`Snooze: ${f.title}`} onClick={() => onSnooze(f.id)}>
                    Snooze
                  </button>
                ) : snoozePostpones(f, now, snoozeMinutes) ? (
                  // Not due yet: Snooze only puts it off, so say until when (and offer none if it would not).
                  <button type="button" class="occ-icon-button" aria-label={t('reminders.snoozeUntilFor', [snoozeEnd, f.title])} onClick={() => onSnooze(f.id)}>
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
