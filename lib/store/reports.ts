import type { Commitment, Meeting, Person } from '../model';
import { emptyRows, heldAt, reportMonths, tallyMeetings, withTotals, type Report } from '../rules/report';
import type { PageCursor } from '../protocol/followups';
import type { DB } from './db';

/**
 * The reports page's figures and exports, read through indexes so that their cost follows the
 * period asked for, not the size of the store: commitments and follow-ups are key-range counts
 * per month; only the 1:1s held in the period are read (their asks and answers are in the
 * record).
 */

const HELD = 'held';

type ReportTx = ReturnType<typeof readTx>;
const readTx = (db: DB) => db.transaction(['meetings', 'commitments', 'followups'], 'readonly');

/**
 * Held 1:1s with no start time (only from older backups): outside the `by-status-started`
 * index. Two counts tell whether there are any, so the usual case reads nothing more.
 */
async function heldWithoutStart(tx: ReportTx): Promise<Meeting[]> {
  const meetings = tx.objectStore('meetings');
  const [held, started] = await Promise.all([
    meetings.index('by-status').count(HELD),
    meetings.index('by-status-started').count(IDBKeyRange.bound([HELD, -Infinity], [HELD, Infinity])),
  ]);
  if (held === started) return [];
  return (await meetings.index('by-status').getAll(HELD)).filter((m) => m.startedAt === undefined);
}

const heldRange = (from: number, to: number) => IDBKeyRange.bound([HELD, from], [HELD, to]);

export async function reportFigures(db: DB, range: { from: number; to: number; timeZone: string }): Promise<Report> {
  const months = reportMonths(range);
  const rows = emptyRows(months);
  const tx = readTx(db);
  const commitments = tx.objectStore('commitments');
  const done = tx.objectStore('followups').index('by-done-late');
  const counts = months.map((m) =>
    Promise.all([
      commitments.index('by-created').count(IDBKeyRange.bound(m.start, m.end)),
      commitments.index('by-status-created').count(IDBKeyRange.bound(['kept', m.start], ['kept', m.end])),
      done.count(IDBKeyRange.bound([0, m.start], [0, m.end])),
      done.count(IDBKeyRange.bound([1, m.start], [1, m.end])),
    ]),
  );
  const first = months[0];
  const last = months.at(-1);
  const [figures, held, strays] = await Promise.all([
    Promise.all(counts),
    first && last ? tx.objectStore('meetings').index('by-status-started').getAll(heldRange(first.start, last.end)) : [],
    heldWithoutStart(tx),
  ]);
  figures.forEach(([made, kept, onTime, late], i) => Object.assign(rows[i]!, { commitmentsMade: made, commitmentsKept: kept, followUpsOnTime: onTime, followUpsLate: late }));
  tallyMeetings(rows, months, held);
  tallyMeetings(rows, months, strays);
  return withTotals(rows);
}

/** One slice of a CSV export: the records after `after`, in the file's order. */
export interface CsvSlice<T> {
  records: T[];
  /** Where the next slice starts; absent after the last. */
  after?: PageCursor;
  /** How many records the whole export holds. */
  total: number;
}

/** When a 1:1 goes in the CSV and in which order: as the export has always dated it. */
const csvDate = (m: Meeting) => m.startedAt ?? m.scheduledAt ?? m.createdAt;

/** The 1:1s held in the period, by start time, `limit` at a time. */
export async function heldMeetingsSlice(db: DB, period: { from: number; to: number }, limit: number, after?: PageCursor): Promise<CsvSlice<Meeting>> {
  const tx = readTx(db);
  const index = tx.objectStore('meetings').index('by-status-started');
  const strays = (await heldWithoutStart(tx)).filter((m) => csvDate(m) >= period.from && csvDate(m) <= period.to);
  const total = (await index.count(heldRange(period.from, period.to))) + strays.length;
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
  return { records: [...records, ...strays.sort((a, b) => csvDate(a) - csvDate(b))], total };
}

/** The commitments made in the period, oldest first, `limit` at a time. */
export async function commitmentsSlice(db: DB, period: { from: number; to: number }, limit: number, after?: PageCursor): Promise<CsvSlice<Commitment>> {
  const index = db.transaction('commitments', 'readonly').store.index('by-created');
  const total = await index.count(IDBKeyRange.bound(period.from, period.to));
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
