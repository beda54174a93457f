import { describe, expect, it } from 'vitest';
import { recentContacts } from '../../../lib/rules/recent-contacts';
import type { Meeting } from '../../../lib/model';
import type { TeamContact } from '../../../lib/rules/team';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const own = (over: Partial<Meeting>) => ({ id: 'm', personKey: 'p', createdAt: NOW - 60 * DAY, ...over }) as Meeting;
const team = (organizerName: string, at: number, kind: TeamContact['kind'] = 'held'): TeamContact => ({ organizerId: organizerName, organizerName, personKey: 'p', at, kind });

describe('who is already in touch with a person', () => {
  it('counts 1:1s held within the window and 1:1s scheduled from its start on, newest first', () => {
    const result = recentContacts({
      own: [own({ status: 'held', startedAt: NOW - 3 * DAY }), own({ status: 'held', startedAt: NOW - 15 * DAY })],
      team: [team('Ana', NOW - 14 * DAY + 1), team('Ben', NOW - 14 * DAY - 1), team('Cy', NOW + 5 * DAY, 'scheduled'), team('Di', NOW - 10 * DAY, 'scheduled')],
      now: NOW,
      days: 14,
    });
    expect(result).toEqual([
      { source: 'team', who: 'Cy', at: NOW + 5 * DAY, kind: 'scheduled' },
      { source: 'mine', who: '', at: NOW - 3 * DAY, kind: 'held' },
      { source: 'team', who: 'Di', at: NOW - 10 * DAY, kind: 'scheduled' },
      { source: 'team', who: 'Ana', at: NOW - 14 * DAY + 1, kind: 'held' },
    ]);
  });

  it('ignores cancelled and undated 1:1s, and a "held" 1:1 dated in the future', () => {
    const result = recentContacts({
      own: [own({ status: 'cancelled', scheduledAt: NOW + DAY }), own({ status: 'planned' })],
      team: [team('Ana', NOW + DAY, 'held')],
      now: NOW,
      days: 14,
    });
    expect(result).toEqual([]);
  });

  it('shows contacts from the CRM the same way (the write-back seam), within the window', () => {
    const crm = [
      { source: 'crm' as const, who: 'Jo Kim', at: NOW - 2 * DAY, kind: 'held' as const },
      { source: 'crm' as const, who: 'Old', at: NOW - 40 * DAY, kind: 'held' as const },
    ];
    expect(recentContacts({ own: [], team: [], crm, now: NOW, days: 14 })).toEqual([crm[0]]);
  });
});
