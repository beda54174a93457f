import { Meeting, type Person } from '../model';
import type { DB } from './db';
import { SYNC_STORES, syncPersonFollowUps } from './followups';
import { applyPatch, type PatchResult } from './revisions';
import { QUEUE_STORES, queueSendInTx } from '../outbox/queue';

export type MeetingPatch = Partial<
  Pick<
    Meeting,
    | 'templateId'
    | 'scheduledAt'
    | 'plannedMinutes'
    | 'place'
    | 'mode'
    | 'prep'
    | 'steps'
    | 'currentStep'
    | 'listeningMs'
    | 'talkingMs'
    | 'ask'
    | 'answer'
    | 'learned'
    | 'report'
    | 'private'
    | 'status'
    | 'startedAt'
  >
>;

export interface NewMeeting {
  personKey: string;
  templateId: string;
  scheduledAt?: number;
  plannedMinutes?: number;
  place?: string;
}

/** Starts a 1:1 record (planned); its confirmation follow-ups land in the same transaction. */
export async function createMeeting(db: DB, input: NewMeeting, id: string, now: number): Promise<Meeting> {
  const meeting = Meeting.parse({ id, status: 'planned', createdAt: now, updatedAt: now, ...input, scheduleSetAt: now });
  const tx = db.transaction([...SYNC_STORES, 'people'], 'readwrite');
  if (!(await tx.objectStore('people').get(input.personKey))) throw new Error(`No person is stored under "${input.personKey}"`);
  await tx.objectStore('meetings').put(meeting);
  await syncPersonFollowUps(tx, meeting.personKey, now);
  await tx.done;
  return meeting;
}

/**
 * Notes when the 1:1's date was set, or it became planned again: its confirmations are made as
 * of that moment (lib/rules/confirmations.ts), so none is born overdue.
 */
export function withScheduleSetAt(before: Meeting, after: Meeting, now: number): Meeting {
  const dated = after.scheduledAt !== before.scheduledAt || (after.status === 'planned' && before.status !== 'planned');
  return dated ? { ...after, scheduleSetAt: now } : after;
}

/** Applies an edit made from one tab; fields another tab changed since `baseRev` are refused. */
export async function saveMeeting(
  db: DB,
  id: string,
  patch: MeetingPatch,
  baseRev: number,
  now: number,
  force = false,
): Promise<PatchResult<Meeting>> {
  const tx = db.transaction([...SYNC_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(`No 1:1 is stored under "${id}"`);
  const result = applyPatch<Meeting>(existing, patch, baseRev, now, force);
  if (result.changed) {
    result.record = withScheduleSetAt(existing, result.record, now);
    await tx.objectStore('meetings').put(Meeting.parse(result.record));
    await syncPersonFollowUps(tx, existing.personKey, now);
  }
  await tx.done;
  return result;
}

/**
 * Marks the 1:1 held. What the report says about the person (ladder, best way to reach them,
 * access needs) updates their record, the follow-ups it implies are set, and on a connected CRM
 * account its report is queued for the CRM, all at once.
 */
export async function finishMeeting(db: DB, id: string, now: number): Promise<{ meeting: Meeting; person: Person }> {
  const tx = db.transaction([...SYNC_STORES, 'people', ...QUEUE_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(`No 1:1 is stored under "${id}"`);
  if (existing.status === 'cancelled') throw new Error('This 1:1 was cancelled; it cannot be finished');
  const meeting: Meeting = {
    ...existing,
    status: 'held',
    startedAt: existing.startedAt ?? now,
    endedAt: existing.endedAt ?? now,
    updatedAt: now,
    rev: existing.rev + 1,
  };
  await tx.objectStore('meetings').put(meeting);
  const people = tx.objectStore('people');
  const stored = await people.get(existing.personKey);
  if (!stored) throw new Error(`No person is stored under "${existing.personKey}"`);
  const { report } = meeting;
  const person: Person = {
    ...stored,
    ladder: report.ladder !== 'unknown' ? report.ladder : stored.ladder,
    bestWay: report.bestWay || stored.bestWay,
    accessNeeds: report.accessNeeds || stored.accessNeeds,
    relationship: stored.relationship || meeting.prep.relationship,
    updatedAt: now,
    rev: stored.rev + 1,
  };
  await people.put(person);
  await syncPersonFollowUps(tx, meeting.personKey, now);
  if (existing.status !== 'held') await queueSendInTx(tx, meeting, person, now);
  await tx.done;
  return { meeting, person };
}

export async function cancelMeeting(db: DB, id: string, now: number): Promise<Meeting> {
  const tx = db.transaction([...SYNC_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(`No 1:1 is stored under "${id}"`);
  const meeting: Meeting = { ...existing, status: 'cancelled', updatedAt: now, rev: existing.rev + 1 };
  await tx.objectStore('meetings').put(meeting);
  await syncPersonFollowUps(tx, meeting.personKey, now);
  await tx.done;
  return meeting;
}

/** A person's 1:1s, newest first. */
export async function personMeetings(db: DB, personKey: string, limit = 20): Promise<Meeting[]> {
  const range = IDBKeyRange.bound([personKey, -Infinity], [personKey, Infinity]);
  const out: Meeting[] = [];
  let cursor = await db.transaction('meetings').store.index('by-person').openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
