import { Commitment, Meeting, Person } from '../../../lib/model';
import { Connection, ConnectionSettings } from '../../../lib/crm/writeback/model';
import type { SendContext } from '../../../lib/crm/writeback/types';

export const T0 = Date.UTC(2026, 10, 24, 15, 0); // Tuesday 24 Nov 2026, 15:00 UTC

export function meeting(patch: Partial<Meeting> = {}): Meeting {
  return Meeting.parse({
    id: 'm1',
    personKey: 'nationbuilder:riverside:id:1201',
    templateId: 'six-steps',
    status: 'held',
    mode: 'video',
    ask: 'Host a house meeting on the 3rd',
    answer: 'yes',
    startedAt: T0,
    endedAt: T0 + 3_600_000,
    report: {
      issue: 'Repairs and mould',
      skills: 'Speaks Spanish',
      referrals: [{ name: 'Luis Ortega', contact: '555-0199' }],
      ladder: 'hosts',
      notes: 'Worried about retaliation from the landlord',
    },
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  });
}

export function person(patch: Partial<Person> = {}): Person {
  return Person.parse({
    key: 'nationbuilder:riverside:id:1201',
    crm: 'nationbuilder',
    account: 'riverside',
    crmId: '1201',
    name: 'María José Núñez',
    email: 'mjnunez@example.org',
    url: 'https://riverside.nationbuilder.com/admin/signups/1201',
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  });
}

export function commitments(): Commitment[] {
  return [
    Commitment.parse({ id: 'c1', personKey: 'p', meetingId: 'm1', direction: 'theirs', what: 'Host a house meeting', goal: '8 neighbours', dueAt: Date.UTC(2026, 11, 3, 18, 0), createdAt: T0, updatedAt: T0 }),
    Commitment.parse({ id: 'c2', personKey: 'p', meetingId: 'm1', direction: 'mine', what: 'Send the repair survey', dueAt: Date.UTC(2026, 10, 26, 9, 30), createdAt: T0, updatedAt: T0 }),
  ];
}

export function connection(patch: Partial<Omit<Connection, 'settings'>> & { settings?: Partial<ConnectionSettings> } = {}): Connection {
  const { settings, ...rest } = patch;
  return Connection.parse({
    id: 'nationbuilder:riverside',
    crm: 'nationbuilder',
    account: 'riverside',
    auth: 'token',
    state: 'connected',
    organizer: { id: '45', name: 'Alex Rivera' },
    connectedAt: T0,
    updatedAt: T0,
    ...rest,
    settings: ConnectionSettings.parse(settings ?? {}),
  });
}

export function context(patch: Partial<SendContext> = {}): SendContext {
  return {
    meeting: meeting(),
    person: person(),
    commitments: commitments(),
    templateName: 'Six steps',
    organizerName: 'Alex Rivera',
    timeZone: 'UTC',
    connection: connection(),
    marker: 'occ-ref:abc123',
    kind: 'report',
    ...patch,
  };
}
