import type { TeamDriveGroup } from '../../lib/rules/team';
import { t } from '../../lib/i18n';
import { driveDates, driveName, progressText } from '../common/drive-text';

/** Each drive (same name and days across files): progress by organizer, and the team's total. */
export function TeamDrives({ drives }: { drives: readonly TeamDriveGroup[] }) {
  if (!drives.length) return null;
  return (
    <section class="card" aria-labelledby="team-drives-h">
      <h2 id="team-drives-h">{t('team.drives.title')}</h2>
      <p class="note">{t('team.drives.lead')}</p>
      {drives.map((d) => (
        <div key={d.key} style={{ marginTop: '14px' }}>
          <h3 style={{ margin: '0 0 4px', fontSize: '16px' }}>
            {driveName(d)} <span class="muted">{driveDates(d)}</span>
          </h3>
          <div style={{ overflowX: 'auto' }}>
            <table aria-label={driveName(d)}>
              <thead>
                <tr>
                  <th scope="col">{t('team.table.organizer')}</th>
                  <th scope="col">{t('team.drives.goal')}</th>
                  <th scope="col">{t('team.drives.held')}</th>
                  <th scope="col">{t('team.drives.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {d.byOrganizer.map((o) => (
                  <tr key={o.organizerId}>
                    <th scope="row">{o.name}</th>
                    <td>{o.goal}</td>
                    <td>{o.held}</td>
                    <td style={{ textAlign: 'left' }}>{progressText(o.progress, d)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('team.table.total')}</th>
                  <td>{d.total.goal}</td>
                  <td>{d.total.held}</td>
                  <td style={{ textAlign: 'left' }}>{t('team.drives.totalProgress', [String(d.total.held), String(d.total.goal), String(Math.round((100 * d.total.held) / Math.max(1, d.total.goal)))])}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
