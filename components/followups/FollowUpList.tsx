import type { FollowUpGroup, FollowUpList as List } from '../../lib/protocol/followups';
import { formatWhen } from '../../lib/dates';
import { followUpLabel } from '../../lib/reminder-words';
import { snoozePostpones } from '../../lib/rules/snooze';
import { t } from '../../lib/i18n';

interface Props {
  list: List;
  onDone(id: string): void;
  onSnooze(id: string): void;
  onOpen(id: string): void;
}

const snoozeEnd = (list: List) => formatWhen(list.now + list.snoozeMinutes * 60_000, list.timeZone);

/** The staff's daily view: overdue, today and upcoming follow-ups, grouped by person. */
export function FollowUpList({ list, onDone, onSnooze, onOpen }: Props) {
  const sections: [string, FollowUpGroup[]][] = [
    ['Overdue', list.overdue],
    ['Today', list.today],
    ['Upcoming', list.upcoming],
  ];
  const empty = sections.every(([, groups]) => groups.length === 0);
  return (
    <div class="fu-list">
      {empty ? <p class="fu-empty">Nothing due this week. Nice work.</p> : null}
      {sections.map(([title, groups]) =>
        groups.length ? (
          <section key={title} class={`fu-section fu-section--${title.toLowerCase()}`} aria-labelledby={`fu-${title}`}>
            <h2 id={`fu-${title}`}>
              {title} <span class="fu-count">{groups.reduce((n, g) => n + g.followUps.length, 0)}</span>
            </h2>
            {groups.map((group) => (
              <article key={group.personKey} class="fu-person" aria-label={group.personName}>
                <h3>{group.personName}</h3>
                <ul>
                  {group.followUps.map((f) => (
                    <li key={f.id} class="fu-item">
                      <div>
                        <span class="fu-title">{f.title || followUpLabel(f.kind)}</span>
                        <span class="fu-when">
                          {f.status === 'snoozed' ? 'Snoozed until ' : 'Due '}
                          {formatWhen(f.activeAt ?? f.dueAt, list.timeZone)}
                        </span>
                      </div>
                      <div class="fu-actions">
                        <button type="button" onClick={() => onDone(f.id)} aria-label={`Done: ${f.title}, ${group.personName}`}>
                          Done
                        </button>
                        {(f.activeAt ?? f.dueAt) <= list.now ? (
                          <button type="button" onClick={() => onSnooze(f.id)} aria-label={`Snooze: ${f.title}, ${group.personName}`}>
                            Snooze
                          </button>
                        ) : snoozePostpones(f, list.now, list.snoozeMinutes) ? (
                          // Not due yet: Snooze only puts it off, so say until when (and offer none if it would not).
                          <button type="button" onClick={() => onSnooze(f.id)} aria-label={t('reminders.snoozeUntilForPerson', [snoozeEnd(list), f.title, group.personName])}>
                            {t('reminders.snoozeUntil', [snoozeEnd(list)])}
                          </button>
                        ) : null}
                        <button type="button" onClick={() => onOpen(f.id)} aria-label={`Open ${group.personName}’s page`}>
                          Open
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </section>
        ) : null,
      )}
    </div>
  );
}
