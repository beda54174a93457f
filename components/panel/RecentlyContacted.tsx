import type { RecentContact } from '../../lib/rules/recent-contacts';
import { formatDay } from '../../lib/dates';
import { t } from '../../lib/i18n';

/** One whole sentence per case: who, and held or scheduled, and when. */
function sentence(c: RecentContact, now: number, timeZone: string): string {
  const day = formatDay(c.at, timeZone);
  if (c.source === 'mine') return c.kind === 'held' ? t('team.recent.youHeld', [day]) : t('team.recent.youScheduled', [day]);
  if (c.kind === 'held') return t('team.recent.theyHeld', [c.who, day]);
  return c.at >= now ? t('team.recent.theyScheduled', [c.who, day]) : t('team.recent.theyHadScheduled', [c.who, day]);
}

/**
 * "Someone already talked with them": shown above "Plan a new 1:1" when this organizer or
 * another (from the team's files, or the CRM once connected) held or scheduled a 1:1 with the
 * person lately, so two organizers do not approach them in the same week. Data in, nothing else.
 */
export function RecentlyContacted({ contacts, timeZone, now }: { contacts?: readonly RecentContact[]; timeZone: string; now: number }) {
  if (!contacts?.length) return null;
  return (
    <section class="occ-notice" aria-labelledby="occ-recent">
      <h3 id="occ-recent" class="occ-subhead">
        {t('team.recent.title')}
      </h3>
      <ul class="occ-list">
        {contacts.map((c) => (
          <li key={`${c.source}|${c.who}|${c.at}`}>{sentence(c, now, timeZone)}</li>
        ))}
      </ul>
    </section>
  );
}
