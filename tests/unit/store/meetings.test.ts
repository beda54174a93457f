import { describe, expect, it } from 'vitest';
import { openCompanionDB, type DB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { cancelMeeting, createMeeting, finishMeeting, saveMeeting } from '../../../lib/store/meetings';
import { putCommitment, setCommitmentStatus } from '../../../lib/store/commitments';
import { saveSettings } from '../../../lib/store/settings';
import { CommitmentInput, fieldErrors } from '../../../lib/rules/commitments';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 2, 15, 0); // Monday 2 Nov 2026, 15:00 UTC

async function seed(): Promise<{ db: DB; key: string }> {
  const db = await openCompanionDB();
  await saveSettings(db, { timeZone: 'UTC' });
  const person = await upsertFromRef(
    db,
    { crm: 'nationbuilder', account: 'riverside', crmId: '7', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/7' },
    T0,
  );
  return { db, key: person.key };
}

const followUps = async (db: DB) =>
  (await db.getAll('followups')).map((f) => ({ id: f.id.split(':').slice(1).join(':'), kind: f.kind, dueAt: f.dueAt, status: f.status })).sort((a, b) => a.dueAt - b.dueAt);

describe('meetings and the follow-ups they create', () => {
  it('scheduling a 1:1 sets confirmations two days before and on the morning of the day', async () => {
    const { db, key } = await seed();
    const start = T0 + 5 * DAY; // Saturday 15:00 UTC
    await createMeeting(db, { personKey: key, templateId: 'six-steps', scheduledAt: start }, 'm1', T0);
    expect(await followUps(db)).toEqual([
      { id: `confirm-before:${start}`, kind: 'confirm', dueAt: start - 2 * DAY, status: 'open' },
      { id: `confirm-day:${start}`, kind: 'confirm', dueAt: Date.UTC(2026, 10, 7, 9, 0), status: 'open' },
    ]);
  });

  it('rescheduling moves the confirmations and cancelling removes them', async () => {
    const { db, key } = await seed();
    const m = await createMeeting(db, { personKey: key, templateId: 'six-steps', scheduledAt: T0 + 5 * DAY }, 'm1', T0);
    await saveMeeting(db, m.id, { scheduledAt: T0 + 6 * DAY }, m.rev, T0 + HOUR);
    expect((await followUps(db))[0]?.dueAt).toBe(T0 + 4 * DAY);
    await cancelMeeting(db, m.id, T0 + 2 * HOUR);
    expect(await followUps(db)).toEqual([]);
  });

  it('finishing a 1:1 with a commitment each way sets thank-you, reminders, checks and a check-in', async () => {
    const { db, key } = await seed();
    const m = await createMeeting(db, { personKey: key, templateId: 'six-steps' }, 'm1', T0);
    await putCommitment(db, { id: 'c-theirs', personKey: key, meetingId: m.id, direction: 'theirs', what: 'Host a house meeting', goal: '8 neighbours', dueAt: T0 + 10 * DAY, status: 'open', createdAt: T0, updatedAt: T0 }, T0);
    await putCommitment(db, { id: 'c-mine', personKey: key, meetingId: m.id, direction: 'mine', what: 'Send the repair survey', goal: '', dueAt: T0 + 2 * DAY, status: 'open', createdAt: T0, updatedAt: T0 }, T0);
    await saveMeeting(db, m.id, { report: { issue: 'Repairs', story: '', skills: '', enjoys: '', bestWay: 'text', accessNeeds: '', referrals: [{ name: 'Luis', contact: '' }], ladder: 'hosts', staffName: 'Pat', staffDate: T0 + 3 * DAY, notes: '' } }, m.rev, T0);
    const { person } = await finishMeeting(db, m.id, T0 + HOUR);
    expect(person.ladder).toBe('hosts');
    expect(person.bestWay).toBe('text');
    const ended = T0 + HOUR;
    expect(await followUps(db)).toEqual(
      [
        { id: 'reminder', kind: 'commitment-reminder', dueAt: T0 + DAY, status: 'open' },
        // The same day, a couple of hours after the end (it was a day later before issue 21).
        { id: 'thank-you', kind: 'thank-you', dueAt: ended + 2 * HOUR, status: 'open' },
        { id: 'referral:0', kind: 'referral', dueAt: ended + 2 * DAY, status: 'open' },
        { id: 'check', kind: 'commitment-check', dueAt: T0 + 3 * DAY, status: 'open' },
        { id: 'debrief', kind: 'debrief', dueAt: T0 + 3 * DAY, status: 'open' },
        { id: 'reminder', kind: 'commitment-reminder', dueAt: T0 + 9 * DAY, status: 'open' },
        { id: 'check', kind: 'commitment-check', dueAt: T0 + 11 * DAY, status: 'open' },
        { id: 'check-in', kind: 'check-in', dueAt: ended + 30 * DAY, status: 'open' },
      ].sort((a, b) => a.dueAt - b.dueAt),
    );
  });

  it('closing a commitment retires its open follow-ups but keeps finished ones', async () => {
    const { db, key } = await seed();
    await putCommitment(db, { id: 'c1', personKey: key, direction: 'mine', what: 'Call back', goal: '', dueAt: T0 + 3 * DAY, status: 'open', createdAt: T0, updatedAt: T0 }, T0);
    const reminder = (await db.getAll('followups')).find((f) => f.kind === 'commitment-reminder')!;
    await db.put('followups', { ...reminder, status: 'done', doneAt: T0 + DAY, activeAt: undefined });
    await setCommitmentStatus(db, 'c1', 'kept', T0 + 2 * DAY);
    expect(await followUps(db)).toEqual([{ id: 'reminder', kind: 'commitment-reminder', dueAt: T0 + 2 * DAY, status: 'done' }]);
  });

  it('a failed write leaves nothing half done', async () => {
    const { db } = await seed();
    await expect(createMeeting(db, { personKey: 'nobody', templateId: 'six-steps', scheduledAt: T0 + 5 * DAY }, 'm1', T0)).rejects.toThrow('No person');
    expect(await db.count('meetings')).toBe(0);
    expect(await db.count('followups')).toBe(0);
  });
});

describe('commitment form rules', () => {
  it('names what is missing instead of saving a vague commitment', () => {
    const result = CommitmentInput.safeParse({ personKey: 'p', direction: 'theirs', what: '  ' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      what: 'Say what will be done',
      dueAt: 'Pick a due date and time',
      goal: 'Their commitment needs a goal (what it is for, or how many)',
    });
  });

  it('does not ask a goal of the organizer’s own promise', () => {
    expect(CommitmentInput.safeParse({ personKey: 'p', direction: 'mine', what: 'Send the flyer', dueAt: 5 }).success).toBe(true);
  });
});
