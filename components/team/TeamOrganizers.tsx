import type { TeamOrganizer } from '../../lib/rules/team';
import { formatDay, formatWhen } from '../../lib/dates';
import { t } from '../../lib/i18n';

/** Whose files are here, when each was made, and a way to remove one. */
export function TeamOrganizers({ organizers, timeZone, onRemove }: { organizers: readonly TeamOrganizer[]; timeZone: string; onRemove(o: TeamOrganizer): void }) {
  return (
    <section class="card" aria-labelledby="team-orgs-h">
      <h2 id="team-orgs-h">{t('team.organizers.title')}</h2>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('team.table.organizer')}</th>
              <th scope="col">{t('team.organizers.made')}</th>
              <th scope="col">{t('team.organizers.period')}</th>
              <th scope="col">{t('team.organizers.meetings')}</th>
              <th scope="col">{t('team.organizers.notes')}</th>
              <th scope="col">
                <span class="muted">{t('team.organizers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organizers.map((o) => (
              <tr key={o.organizerId}>
                <th scope="row">{o.name}</th>
                <td>{formatWhen(o.madeAt, timeZone)}</td>
                <td>{t('team.organizers.periodRange', [formatDay(o.period.from, o.timeZone), formatDay(o.period.to, o.timeZone)])}</td>
                <td>{o.meetings}</td>
                <td>{o.includesNotes ? t('team.organizers.notesYes') : t('team.organizers.notesNo')}</td>
                <td>
                  <button type="button" class="danger" onClick={() => onRemove(o)} aria-label={t('team.organizers.removeNamed', [o.name])}>
                    {t('team.organizers.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
