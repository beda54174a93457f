import { useEffect, useState } from 'preact/hooks';
import type { DriveList } from '../../lib/protocol/team';
import { t } from '../../lib/i18n';
import { driveDates, driveName, progressText } from '../common/drive-text';

/**
 * The popup's drive block: each drive running today, with progress and pace. Self-contained:
 * it loads its own data through `load` when mounted, and shows nothing when no drive runs.
 */
export function DrivesNow({ load }: { load(): Promise<DriveList> }) {
  const [list, setList] = useState<DriveList>();
  const [error, setError] = useState('');
  useEffect(() => void load().then(setList, (e: Error) => setError(e.message)), []);
  if (error) return <p class="fu-error" role="alert">{t('team.drive.loadFailed', [error])}</p>;
  if (!list?.drives.length) return null;
  return (
    <section class="fu-section fu-drives" aria-labelledby="fu-drives">
      <h2 id="fu-drives">{t('team.drive.popupTitle')}</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {list.drives.map(({ drive, progress }) => (
          <li key={drive.id} class="fu-drive" aria-label={driveName(drive)} style={{ display: 'grid', gap: '2px', padding: '6px 0' }}>
            <span>
              <strong class="fu-title">{driveName(drive)}</strong> <span class="fu-when">{driveDates(drive)}</span>
            </span>
            <progress max={progress.goal} value={Math.min(progress.held, progress.goal)} aria-hidden="true" style={{ width: '100%' }} />
            <span class={`fu-pace fu-pace--${progress.status}`} style={progress.status === 'behind' || progress.status === 'missed' ? { color: 'var(--danger)' } : undefined}>
              {progressText(progress, drive)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
