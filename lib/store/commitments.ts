import { Commitment, type CommitmentStatus } from '../model';
import type { DB } from './db';
import { SYNC_STORES, syncPersonFollowUps } from './followups';
import { REPORT_STORES, trackCommitment } from './report-totals';

/** Creates or edits a commitment; its reminder and check follow-ups move with it. */
export async function putCommitment(db: DB, commitment: Commitment, now: number): Promise<Commitment> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES, 'people'], 'readwrite');
  if (!(await tx.objectStore('people').get(commitment.personKey))) {
    throw new Error(`No person is stored under "${commitment.personKey}"`);
  }
  const existing = await tx.objectStore('commitments').get(commitment.id);
  const next = Commitment.parse({ ...commitment, createdAt: existing?.createdAt ?? now, updatedAt: now });
  await tx.objectStore('commitments').put(next);
  await trackCommitment(tx.objectStore('meta'), existing, next);
  await syncPersonFollowUps(tx, next.personKey, now);
  await tx.done;
  return next;
}

/** Records whether it was kept; closing it retires its open follow-ups. */
export async function setCommitmentStatus(db: DB, id: string, status: CommitmentStatus, now: number): Promise<Commitment> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES], 'readwrite');
  const existing = await tx.objectStore('commitments').get(id);
  if (!existing) throw new Error(`No commitment is stored under "${id}"`);
  const next: Commitment = {
    ...existing,
    status,
    closedAt: status === 'open' ? undefined : (existing.closedAt ?? now),
    updatedAt: now,
  };
  await tx.objectStore('commitments').put(next);
  await trackCommitment(tx.objectStore('meta'), existing, next);
  await syncPersonFollowUps(tx, next.personKey, now);
  await tx.done;
  return next;
}

/** Open commitments both ways, soonest due first. */
export async function openCommitments(db: DB, personKey: string): Promise<Commitment[]> {
  const open = await db.getAllFromIndex('commitments', 'by-person-status', [personKey, 'open']);
  return open.sort((a, b) => a.dueAt - b.dueAt);
}
