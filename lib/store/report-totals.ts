import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Commitment, FollowUp, Meeting } from '../model';
import {
  applyContribution,
  commitmentContribution,
  followUpContribution,
  KEPT_RULES,
  keptTotalsOf,
  meetingContribution,
  monthKey,
  sameContribution,
  type Contribution,
  type KeptTotals,
} from '../rules/report';
import type { CompanionDB, DB } from './db';

/**
 * The reports' month figures, kept up to date as records change, in one `meta` record: the
 * reports page reads it instead of every record. EVERY write that can change a 1:1's held
 * figures, a commitment, or a follow-up's done time calls one of the track functions below in
 * its own transaction (with `REPORT_STORES` in scope), so the figures move with the data or
 * not at all. A restore drops the record; it is rebuilt from the records when next needed,
 * whenever the organizer's time zone is not the one it was cut in, and when it was counted by
 * older rules than this version's (KEPT_RULES).
 */

export const REPORT_TOTALS_KEY = 'reportTotals';
/** Stores a transaction must span to call the track functions. */
export const REPORT_STORES = ['meta'] as const;

export type MetaStore = IDBPObjectStore<CompanionDB, ArrayLike<StoreNames<CompanionDB>>, 'meta', 'readwrite'>;

/** Kept totals counted by this version's rules; older ones are counted again, like missing ones. */
function isKept(value: unknown): value is KeptTotals {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as KeptTotals).rules === KEPT_RULES &&
    typeof (value as KeptTotals).zone === 'string' &&
    typeof (value as KeptTotals).months === 'object'
  );
}

async function track(meta: MetaStore, before: Contribution | undefined, after: Contribution | undefined): Promise<void> {
  if (sameContribution(before, after)) return;
  const kept = await meta.get(REPORT_TOTALS_KEY);
  // Not built yet (or by older rules): the build will read this record as it is now.
  if (!isKept(kept)) return;
  if (before) applyContribution(kept, monthKey(before.at, kept.zone), before, -1);
  if (after) applyContribution(kept, monthKey(after.at, kept.zone), after, 1);
  await meta.put(kept, REPORT_TOTALS_KEY);
}

export const trackMeeting = (meta: MetaStore, before: Meeting | undefined, after: Meeting | undefined) => track(meta, meetingContribution(before), meetingContribution(after));
export const trackCommitment = (meta: MetaStore, before: Commitment | undefined, after: Commitment | undefined) => track(meta, commitmentContribution(before), commitmentContribution(after));
export const trackFollowUp = (meta: MetaStore, before: FollowUp | undefined, after: FollowUp | undefined) => track(meta, followUpContribution(before), followUpContribution(after));

/** After a restore: the figures are built again from what was restored. */
export function dropReportTotals(meta: MetaStore): Promise<void> {
  return meta.delete(REPORT_TOTALS_KEY);
}

/** One build at a time per worker; a cache of a promise, not state. */
let building: Promise<KeptTotals> | undefined;

/**
 * The kept figures in `zone`, built from every record when missing or cut in another zone.
 * The build is one transaction over the records and the figures, so no write slips between.
 */
export async function reportTotals(db: DB, zone: string): Promise<KeptTotals> {
  const kept = await db.get('meta', REPORT_TOTALS_KEY);
  if (isKept(kept) && kept.zone === zone) return kept;
  building ??= (async () => {
    const tx = db.transaction(['meetings', 'commitments', 'followups', 'meta'], 'readwrite');
    const [meetings, commitments, followups] = await Promise.all([
      tx.objectStore('meetings').index('by-status').getAll('held'),
      tx.objectStore('commitments').getAll(),
      tx.objectStore('followups').getAll(),
    ]);
    const built = keptTotalsOf({ meetings, commitments, followups }, zone);
    await tx.objectStore('meta').put(built, REPORT_TOTALS_KEY);
    await tx.done;
    return built;
  })().finally(() => (building = undefined));
  const built = await building;
  // A build for another zone finished first: build again for this one.
  return built.zone === zone ? built : reportTotals(db, zone);
}
