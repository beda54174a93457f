import type { FollowUpGroup, PageCursor, Section } from '../../lib/protocol/followups';
import { formatWhen } from '../../lib/dates';
import { followUpLabel } from '../../lib/reminder-words';
import { snoozePostpones } from '../../lib/rules/snooze';
import { SECTIONS, countShown } from '../../lib/rules/followup-pages';
import { t } from '../../lib/i18n';

export interface SectionView {
  groups: FollowUpGroup[];
  /** How many the section holds, drawn or not. */
  total: number;
  after?: PageCursor;
}

interface Props {
  sections: Record<Section, SectionView>;
  timeZone: string;
  now: number;
  /** What Snooze does (settings), so one not yet due says until when. */
  snoozeMinutes: number;
  /** Narrowed to one person or kind: the empty list says so. */
  filtered: boolean;
  onDone(id: string): void;
  onSnooze(id: string): void;
  onOpen(id: string): void;
  onMore(section: Section): void;
  /** Narrow the list to one person; absent once it is narrowed to one. */
  onOnly?(personKey: string, name: string): void;
}

const titles: Record<Section, () => string> = {
  overdue: () => t('popup.overdue'),
  today: () => t('popup.today'),
  upcoming: () => t('popup.upcoming'),
};

/**
 * The staff's daily view: overdue, today and upcoming follow-ups, grouped by person. Each
 * section draws the pages asked for so far and counts everything it holds.
 */
export function FollowUpList({ sections, timeZone, now, snoozeMinutes, filtered, onDone, onSnooze, onOpen, onMore, onOnly }: Props) {
  const empty = SECTIONS.every((s) => sections[s].total === 0);
  const snoozeEnd = formatWhen(now + snoozeMinutes * 60_000, timeZone);
  return (
    <div class="fu-list">
      {empty ? <p class="fu-empty">{filtered ? t('popup.emptyFiltered') : t('popup.empty')}</p> : null}
      {SECTIONS.map((section) => {
        const { groups, total } = sections[section];
        if (!total) return null;
        const shown = countShown(groups);
        return (
          <section key={section} class={`fu-section fu-section--${section}`} aria-labelledby={`fu-${section}`}>
            <h2 id={`fu-${section}`}>
              {titles[section]()} <span class="fu-count">{total.toLocaleString()}</span>
            </h2>
            {groups.map((group) => (
              <article key={group.personKey} class="fu-person" aria-label={group.personName}>
                <div class="fu-person-head">
                  <h3>{group.personName}</h3>
                  {onOnly ? (
                    <button type="button" class="fu-only" onClick={() => onOnly(group.personKey, group.personName)} aria-label={t('popup.onlyPersonLabel', [group.personName])}>
                      {t('popup.onlyPerson')}
                    </button>
                  ) : null}
                </div>
                <ul>
                  {group.followUps.map((f) => {
                    const title = f.title || followUpLabel(f.kind);
                    const when = formatWhen(f.activeAt ?? f.dueAt, timeZone);
                    return (
                      <li key={f.id} class="fu-item">
                        <div>
                          <span class="fu-title">{title}</span>
                          <span class="fu-when">{f.status === 'snoozed' ? t('popup.snoozedUntil', [when]) : t('popup.due', [when])}</span>
                        </div>
                        <div class="fu-actions">
                          <button type="button" onClick={() => onDone(f.id)} aria-label={t('popup.doneLabel', [title, group.personName])}>
                            {t('popup.done')}
                          </button>
                          {(f.activeAt ?? f.dueAt) <= now ? (
                            <button type="button" onClick={() => onSnooze(f.id)} aria-label={t('popup.snoozeLabel', [title, group.personName])}>
                              {t('popup.snooze')}
                            </button>
                          ) : snoozePostpones(f, now, snoozeMinutes) ? (
                            // Not due yet: Snooze only puts it off, so say until when (and offer none if it would not).
                            <button type="button" onClick={() => onSnooze(f.id)} aria-label={t('reminders.snoozeUntilForPerson', [snoozeEnd, title, group.personName])}>
                              {t('reminders.snoozeUntil', [snoozeEnd])}
                            </button>
                          ) : null}
                          <button type="button" onClick={() => onOpen(f.id)} aria-label={t('popup.openLabel', [group.personName])}>
                            {t('popup.open')}
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </article>
            ))}
            {shown < total ? (
              <button type="button" class="fu-more" onClick={() => onMore(section)}>
                {t('popup.showMore', [shown.toLocaleString(), total.toLocaleString()])}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
