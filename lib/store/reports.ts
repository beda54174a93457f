import type { Commitment, Meeting, Person } from '../model';
import type { PageCursor } from '../protocol/followups';
import type { DB } from './db';

/**
 * The reports page's exports, read a slice at a time through indexes, so that each answer
 * costs the same however large the store (the month figures are kept: report-totals.ts).
 */

const HELD = 'held';

/**
 * Held 1:1s with no start time (only from older backups): outside the `by-status-started`
 * index. Two counts tell whether there are any, so the usual case reads nothing more.
 */
async function heldWithoutStart(db: DB): Promise<Meeting[]> {
  const meetings = db.transaction('meetings', 'readonly').store;
  const [held, started] = await Promise.all([
    meetings.index('by-status').count(HELD),
    meetings.index('by-status-started').count(IDBKeyRange.bound([HELD, -Infinity], [HELD, Infinity])),
  ]);
  if (held === started) return [];
  return (await meetings.index('by-status').getAll(HELD)).filter((m) => m.startedAt === undefined);
}

const heldRange = (from: number, to: number) => IDBKeyRange.bound([HELD, from], [HELD, to]);

/** One slice of a CSV export: the records after `after`, in the file's order. */
export interface CsvSlice<T> {
  records: T[];
  /** Where the next slice starts; absent after the last. */
  after?: PageCursor;
  /** How many records the whole export holds: with the first slice. */
  total?: number;
}

/** When a 1:1 goes in the CSV and in which order: as the export has always dated it. */
const csvDate = (m: Meeting) => m.startedAt ?? m.scheduledAt ?? m.createdAt;

/** The 1:1s held in the period, by start time, `limit` at a time. */
export async function heldMeetingsSlice(db: DB, period: { from: number; to: number }, limit: number, after?: PageCursor): Promise<CsvSlice<Meeting>> {
  // Read once, whether for the total, for the end of the file, or both.
  let strayList: Promise<Meeting[]> | undefined;
  const strays = () => (strayList ??= heldWithoutStart(db).then((all) => all.filter((m) => csvDate(m) >= period.from && csvDate(m) <= period.to).sort((a, b) => csvDate(a) - csvDate(b))));
  const total = after ? undefined : (await db.countFromIndex('meetings', 'by-status-started', heldRange(period.from, period.to))) + (await strays()).length;
  const index = db.transaction('meetings', 'readonly').store.index('by-status-started');
  const records: Meeting[] = [];
  let cursor = await index.openCursor(heldRange(after?.at ?? period.from, period.to));
  if (after && cursor && cursor.value.startedAt === after.at && cursor.value.id < after.id) {
    cursor = await cursor.continuePrimaryKey([HELD, after.at], after.id);
  }
  for (; cursor && records.length < limit; cursor = await cursor.continue()) {
    const m = cursor.value;
    if (!after || m.startedAt! > after.at || m.id > after.id) records.push(m);
  }
  if (cursor) return { records, total, after: { at: records.at(-1)!.startedAt!, id: records.at(-1)!.id } };
  // The index is through: the few without a start time close the file.
  return { records: [...records, ...(await strays())], total };
}

/** The commitments made in the period, oldest first, `limit` at a time. */
export async function commitmentsSlice(db: DB, period: { from: number; to: number }, limit: number, after?: PageCursor): Promise<CsvSlice<Commitment>> {
  const index = db.transaction('commitments', 'readonly').store.index('by-created');
  const total = after ? undefined : await index.count(IDBKeyRange.bound(period.from, period.to));
  const records: Commitment[] = [];
  let cursor = await index.openCursor(IDBKeyRange.bound(after?.at ?? period.from, period.to));
  if (after && cursor && cursor.value.createdAt === after.at && cursor.value.id < after.id) {
    cursor = await cursor.continuePrimaryKey(after.at, after.id);
  }
  for (; cursor && records.length < limit; cursor = await cursor.continue()) {
    const c = cursor.value;
    if (!after || c.createdAt > after.at || c.id > after.id) records.push(c);
  }
  return { records, total, after: cursor ? { at: records.at(-1)!.createdAt, id: records.at(-1)!.id } : undefined };
}

/** What a slice of 1:1 rows names besides the 1:1s: their people and their commitments. */
export async function meetingsContext(db: DB, meetings: readonly Meeting[]): Promise<{ people: Map<string, Person>; commitments: Commitment[] }> {
  const tx = db.transaction(['people', 'commitments'], 'readonly');
  const keys = [...new Set(meetings.map((m) => m.personKey))];
  const byMeeting = tx.objectStore('commitments').index('by-meeting');
  const [people, commitments] = await Promise.all([
    Promise.all(keys.map((key) => tx.objectStore('people').get(key))),
    Promise.all(meetings.map((m) => byMeeting.getAll(m.id))),
  ]);
  return {
    people: new Map(people.filter((p): p is Person => p !== undefined).map((p) => [p.key, p])),
    commitments: commitments.flat().sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
  };
}

export async function peopleOf(db: DB, keys: Iterable<string>): Promise<Map<string, Person>> {
  const tx = db.transaction('people', 'readonly');
  const unique = [...new Set(keys)];
  const found = await Promise.all(unique.map((key) => tx.store.get(key)));
  return new Map(found.filter((p): p is Person => p !== undefined).map((p) => [p.key, p]));
}
