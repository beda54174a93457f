import { Commitment, type CommitmentStatus, type FollowUp } from '../model';
import type { DB } from './db';
import { SYNC_STORES, syncPersonFollowUps } from './followups';
import { REPORT_STORES, trackCommitment, trackFollowUp } from './report-totals';
import { t } from '../i18n';

/** Creates or edits a commitment; its reminder and check follow-ups move with it. */
export async function putCommitment(db: DB, commitment: Commitment, now: number): Promise<Commitment> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES, 'people'], 'readwrite');
  if (!(await tx.objectStore('people').get(commitment.personKey))) {
    throw new Error(t('errors.noPerson', [commitment.personKey]));
  }
  const existing = await tx.objectStore('commitments').get(commitment.id);
  const next = Commitment.parse({ ...commitment, createdAt: existing?.createdAt ?? commitment.createdAt ?? now, updatedAt: now });
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
  if (!existing) throw new Error(t('errors.noCommitment', [id]));
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

/** What removing a commitment took away, so that undo can put it back exactly. */
export interface RemovedCommitment {
  commitment: Commitment;
  followUps: FollowUp[];
}

/**
 * Removes a commitment entered by mistake, with every follow-up it made (done ones too: a
 * follow-up pointing at a commitment that is gone would make a backup unrestorable).
 */
export async function deleteCommitment(db: DB, id: string, now: number): Promise<RemovedCommitment> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES], 'readwrite');
  const commitment = await tx.objectStore('commitments').get(id);
  if (!commitment) throw new Error(t('errors.noCommitment', [id]));
  const followUps = await tx.objectStore('followups').index('by-commitment').getAll(id);
  await tx.objectStore('commitments').delete(id);
  await Promise.all(followUps.map((f) => tx.objectStore('followups').delete(f.id)));
  // The reports' kept month figures forget them too.
  await trackCommitment(tx.objectStore('meta'), commitment, undefined);
  for (const f of followUps) await trackFollowUp(tx.objectStore('meta'), f, undefined);
  await syncPersonFollowUps(tx, commitment.personKey, now);
  await tx.done;
  return { commitment, followUps };
}

/** Undo of deleteCommitment: the commitment and its follow-ups as they were. */
export async function restoreCommitment(db: DB, removed: RemovedCommitment, now: number): Promise<Commitment> {
  const tx = db.transaction([...SYNC_STORES, ...REPORT_STORES, 'people'], 'readwrite');
  const { commitment } = removed;
  if (!(await tx.objectStore('people').get(commitment.personKey))) throw new Error(t('errors.noPerson', [commitment.personKey]));
  await tx.objectStore('commitments').put(commitment);
  const followUps = removed.followUps.filter((f) => f.commitmentId === commitment.id && f.personKey === commitment.personKey);
  await Promise.all(followUps.map((f) => tx.objectStore('followups').put(f)));
  await trackCommitment(tx.objectStore('meta'), undefined, commitment);
  for (const f of followUps) await trackFollowUp(tx.objectStore('meta'), undefined, f);
  await syncPersonFollowUps(tx, commitment.personKey, now);
  await tx.done;
  return commitment;
}

/** Open commitments both ways, soonest due first. */
export async function openCommitments(db: DB, personKey: string): Promise<Commitment[]> {
  const open = await db.getAllFromIndex('commitments', 'by-person-status', [personKey, 'open']);
  return open.sort((a, b) => a.dueAt - b.dueAt);
}
