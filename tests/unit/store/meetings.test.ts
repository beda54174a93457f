import { describe, expect, it } from 'vitest';
import { openCompanionDB, type DB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { cancelMeeting, createMeeting, finishMeeting, restoreMeeting, saveMeeting, setSpeaker } from '../../../lib/store/meetings';
import { deleteCommitment, putCommitment, restoreCommitment, setCommitmentStatus } from '../../../lib/store/commitments';
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

describe('cancel, restore, the tally and removed commitments', () => {
  it('a cancelled 1:1 keeps what was typed and comes back where it was; only one can be open', async () => {
    const { db, key } = await seed();
    const m = await createMeeting(db, { personKey: key, templateId: 'six-steps', scheduledAt: T0 + 5 * DAY }, 'm1', T0);
    await saveMeeting(db, m.id, { place: 'Library', steps: { issues: { notes: 'Rent' } } }, m.rev, T0);
    await cancelMeeting(db, m.id, T0 + HOUR);
    expect(await followUps(db)).toEqual([]);
    await createMeeting(db, { personKey: key, templateId: 'six-steps' }, 'm2', T0 + 2 * HOUR);
    await expect(restoreMeeting(db, m.id, T0 + 3 * HOUR)).rejects.toThrow(/already planned/);
    await cancelMeeting(db, 'm2', T0 + 3 * HOUR);
    const back = await restoreMeeting(db, m.id, T0 + 4 * HOUR);
    expect(back).toMatchObject({ status: 'planned', place: 'Library', steps: { issues: { notes: 'Rent' } } });
    // Confirmations are named for the date they confirm.
    expect((await followUps(db)).map((f) => f.id.split(':')[0]).sort()).toEqual(['confirm-before', 'confirm-day']);
  });

  it('banks the running speaker’s time when the speaker changes and when the 1:1 ends', async () => {
    const { db, key } = await seed();
    const m = await createMeeting(db, { personKey: key, templateId: 'six-steps' }, 'm1', T0);
    await saveMeeting(db, m.id, { status: 'in-progress', startedAt: T0 }, m.rev, T0, true);
    await setSpeaker(db, m.id, 'them', T0 + 1_000);
    const switched = await setSpeaker(db, m.id, 'me', T0 + 4_000);
    expect(switched).toMatchObject({ listeningMs: 3_000, talkingMs: 0, speaker: 'me', speakerSince: T0 + 4_000 });
    const { meeting } = await finishMeeting(db, m.id, T0 + 5_000);
    expect(meeting).toMatchObject({ listeningMs: 3_000, talkingMs: 1_000, status: 'held', startedAt: T0, endedAt: T0 + 5_000 });
    expect(meeting.speaker).toBeUndefined();
  });

  it('a never-started 1:1 finished later is held at its scheduled time', async () => {
    const { db, key } = await seed();
    const m = await createMeeting(db, { personKey: key, templateId: 'six-steps', scheduledAt: T0 + DAY, plannedMinutes: 30 }, 'm1', T0);
    const { meeting } = await finishMeeting(db, m.id, T0 + 3 * DAY);
    expect(meeting).toMatchObject({ startedAt: T0 + DAY, endedAt: T0 + DAY + 30 * 60_000 });
  });

  it('removing a commitment takes its follow-ups with it, and undo puts all of it back as it was', async () => {
    const { db, key } = await seed();
    await putCommitment(db, { id: 'c1', personKey: key, direction: 'mine', what: 'Call back', goal: '', dueAt: T0 + 3 * DAY, status: 'open', createdAt: T0, updatedAt: T0 }, T0);
    const reminder = (await db.getAll('followups')).find((f) => f.kind === 'commitment-reminder')!;
    await db.put('followups', { ...reminder, status: 'done', doneAt: T0 + DAY, activeAt: undefined });
    const before = await db.getAll('followups');
    const removed = await deleteCommitment(db, 'c1', T0 + 2 * DAY);
    expect(await db.getAll('commitments')).toEqual([]);
    expect(await db.getAll('followups')).toEqual([]);
    await restoreCommitment(db, removed, T0 + 2 * DAY);
    expect(await db.get('commitments', 'c1')).toMatchObject({ what: 'Call back', createdAt: T0 });
    expect((await db.getAll('followups')).map((f) => [f.id, f.status]).sort()).toEqual(before.map((f) => [f.id, f.status]).sort());
  });
});
