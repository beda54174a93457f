import { Meeting, type Commitment, type Person } from '../model';
import type { DB } from './db';
import { SYNC_STORES, syncPersonFollowUps } from './followups';
import { applyPatch, type PatchResult } from './revisions';
import { QUEUE_STORES, queueSendInTx } from '../outbox/queue';
import { heldTimes, switchSpeaker } from '../rules/flow';
import { REPORT_STORES, trackMeeting } from './report-totals';
import { t } from '../i18n';

/** Fields whose keys merge one by one (see revisions.ts): steps.<id>, prep.<field>, report.<field>. */
export const MEETING_NESTED = ['prep', 'steps', 'report'] as const;
/** Which step is on screen follows the last tab that moved; it is never a conflict. */
export const MEETING_LAST_WRITE_WINS = ['currentStep'] as const;

type Editable = Pick<Meeting, 'templateId' | 'plannedMinutes' | 'place' | 'mode' | 'currentStep' | 'ask' | 'askGoal' | 'learned' | 'private' | 'status' | 'startedAt'>;

/** An edit: top-level fields whole, nested ones by key; `null` clears an optional field. */
export type MeetingPatch = Partial<Editable> & {
  scheduledAt?: number | null;
  askDueAt?: number | null;
  answer?: Meeting['answer'] | null;
  prep?: Partial<Meeting['prep']>;
  steps?: Meeting['steps'];
  report?: Partial<Meeting['report']>;
};

export interface NewMeeting {
  personKey: string;
  templateId: string;
  scheduledAt?: number;
  plannedMinutes?: number;
  place?: string;
  /** Prep carried over from an earlier 1:1. */
  prep?: Partial<Meeting['prep']>;
}

/** Starts a 1:1 record (planned); its confirmation follow-ups land in the same transaction. */
export async function createMeeting(db: DB, input: NewMeeting, id: string, now: number): Promise<Meeting> {
  const meeting = Meeting.parse({ id, status: 'planned', createdAt: now, updatedAt: now, ...input, scheduleSetAt: now });
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES, 'people'], 'readwrite');
  if (!(await tx.objectStore('people').get(input.personKey))) throw new Error(t('errors.noPerson', [input.personKey]));
  await tx.objectStore('meetings').put(meeting);
  await trackMeeting(tx.objectStore('meta'), undefined, meeting);
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

/** Applies an edit made from one tab; paths another tab changed since `baseRev` are refused and named. */
export async function saveMeeting(
  db: DB,
  id: string,
  patch: MeetingPatch,
  baseRev: number,
  now: number,
  force = false,
): Promise<PatchResult<Meeting>> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(t('errors.noMeeting', [id]));
  const result = applyPatch<Meeting>(existing, patch, baseRev, now, { force, nested: MEETING_NESTED, lastWriteWins: MEETING_LAST_WRITE_WINS });
  if (result.changed) {
    const next = Meeting.parse(withScheduleSetAt(existing, result.record, now));
    result.record = next;
    await tx.objectStore('meetings').put(next);
    await trackMeeting(tx.objectStore('meta'), existing, next);
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
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES, 'people', ...QUEUE_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(t('errors.noMeeting', [id]));
  if (existing.status === 'cancelled') throw new Error(t('errors.meetingCancelled'));
  const meeting: Meeting = {
    ...existing,
    // The talk tally stops where the 1:1 ends.
    ...switchSpeaker(existing, undefined, now),
    status: 'held',
    ...heldTimes(existing, now),
    updatedAt: now,
    rev: existing.rev + 1,
  };
  await tx.objectStore('meetings').put(meeting);
  await trackMeeting(tx.objectStore('meta'), existing, meeting);
  const people = tx.objectStore('people');
  const stored = await people.get(existing.personKey);
  if (!stored) throw new Error(t('errors.noPerson', [existing.personKey]));
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

/** Cancelled, not deleted: it stays in the history, with everything typed, and can be restored. */
export async function cancelMeeting(db: DB, id: string, now: number): Promise<Meeting> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES], 'readwrite');
  const existing = await tx.objectStore('meetings').get(id);
  if (!existing) throw new Error(t('errors.noMeeting', [id]));
  if (existing.status === 'held') throw new Error(t('errors.meetingHeld'));
  const meeting: Meeting = { ...existing, ...switchSpeaker(existing, undefined, now), status: 'cancelled', updatedAt: now, rev: existing.rev + 1 };
  await tx.objectStore('meetings').put(meeting);
  await trackMeeting(tx.objectStore('meta'), existing, meeting);
  await syncPersonFollowUps(tx, meeting.personKey, now);
  await tx.done;
  return meeting;
}

/** Brings a cancelled 1:1 back where it was (planned, or in progress if it had started). */
export async function restoreMeeting(db: DB, id: string, now: number): Promise<Meeting> {
  const tx = db.transaction([...SYNC_STORES], 'readwrite');
  const meetings = tx.objectStore('meetings');
  const existing = await meetings.get(id);
  if (!existing) throw new Error(t('errors.noMeeting', [id]));
  if (existing.status !== 'cancelled') {
    await tx.done;
    return existing;
  }
  const range = IDBKeyRange.bound([existing.personKey, -Infinity], [existing.personKey, Infinity]);
  const open = (await meetings.index('by-person').getAll(range)).find((m) => m.status === 'planned' || m.status === 'in-progress');
  if (open) throw new Error(t('errors.alreadyPlanned'));
  // Planned again: its confirmations are made as of now, so none is born overdue.
  const meeting: Meeting = withScheduleSetAt(existing, { ...existing, status: existing.startedAt !== undefined ? 'in-progress' : 'planned', updatedAt: now, rev: existing.rev + 1 }, now);
  await meetings.put(meeting);
  await syncPersonFollowUps(tx, meeting.personKey, now);
  await tx.done;
  return meeting;
}

/** Who is talking now (or nobody): banks the time of whoever was, in one write. */
export async function setSpeaker(db: DB, id: string, who: Meeting['speaker'], now: number): Promise<Meeting> {
  const tx = db.transaction('meetings', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) throw new Error(t('errors.noMeeting', [id]));
  if (existing.status !== 'in-progress') {
    await tx.done;
    return existing;
  }
  const rev = existing.rev + 1;
  const tally = switchSpeaker(existing, who, now);
  const meeting: Meeting = { ...existing, ...tally, rev, updatedAt: now, fieldRevs: { ...existing.fieldRevs, tally: rev } };
  if (meeting.speaker === undefined) delete meeting.speaker;
  if (meeting.speakerSince === undefined) delete meeting.speakerSince;
  await tx.store.put(meeting);
  await tx.done;
  return meeting;
}

/** One 1:1 and every commitment made in it (kept, missed and open), for the read view. */
export async function meetingWithCommitments(db: DB, id: string): Promise<{ meeting: Meeting; commitments: Commitment[] }> {
  const tx = db.transaction(['meetings', 'commitments']);
  const [meeting, commitments] = await Promise.all([tx.objectStore('meetings').get(id), tx.objectStore('commitments').index('by-meeting').getAll(id)]);
  if (!meeting) throw new Error(t('errors.noMeeting', [id]));
  return { meeting, commitments: commitments.sort((a, b) => a.dueAt - b.dueAt) };
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
