import type { IDBPObjectStore, StoreNames } from 'idb';
import type { FollowUp, FollowUpKind } from '../model';
import { isAfter, sectionRange, type SectionBounds } from '../rules/followup-pages';
import type { PageCursor, Section } from '../protocol/followups';
import type { CompanionDB } from './db';

/**
 * The popup's list, read through the sparse follow-up indexes: counts are key-range counts and
 * a page reads only its own rows, so the popup costs the same at 100 or 100,000 follow-ups.
 */

export interface ListFilter {
  personKey?: string;
  kind?: FollowUpKind;
}

/** The follow-ups store, from a transaction of any scope. */
export type FollowUpStore = IDBPObjectStore<CompanionDB, ArrayLike<StoreNames<CompanionDB>>, 'followups', 'readonly' | 'readwrite'>;
type ActiveIndex = 'by-active' | 'by-kind-active' | 'by-person-active';

/** Which index serves a filter, and how a time becomes its key. */
function source(filter: ListFilter): { index: ActiveIndex; key: (at: number) => number | [string, number]; keep?: (f: FollowUp) => boolean } {
  if (filter.personKey !== undefined) {
    const { personKey, kind } = filter;
    // One person's follow-ups are few: a kind on top of it is checked row by row.
    return { index: 'by-person-active', key: (at) => [personKey, at], keep: kind ? (f) => f.kind === kind : undefined };
  }
  if (filter.kind !== undefined) {
    const kind = filter.kind;
    return { index: 'by-kind-active', key: (at) => [kind, at] };
  }
  return { index: 'by-active', key: (at) => at };
}

function keyRange(section: Section, bounds: SectionBounds, key: (at: number) => number | [string, number], from?: number): IDBKeyRange {
  const { above, upTo } = sectionRange(section, bounds);
  if (from !== undefined) return IDBKeyRange.bound(key(from), key(upTo));
  return above === undefined ? IDBKeyRange.bound(key(-Infinity), key(upTo)) : IDBKeyRange.bound(key(above), key(upTo), true);
}

const indexOf = (store: FollowUpStore, name: ActiveIndex) => store.index(name);

/** How many follow-ups each section holds: the overdue count is the badge's. */
export async function countSection(store: FollowUpStore, section: Section, bounds: SectionBounds, filter: ListFilter): Promise<number> {
  const { index, key, keep } = source(filter);
  const range = keyRange(section, bounds, key);
  if (!keep) return indexOf(store, index).count(range);
  return (await indexOf(store, index).getAll(range)).filter(keep).length;
}

/** Up to `limit` follow-ups of a section in list order, after `after` when given. */
export async function sectionPage(
  store: FollowUpStore,
  section: Section,
  bounds: SectionBounds,
  filter: ListFilter,
  limit: number,
  after?: PageCursor,
): Promise<FollowUp[]> {
  const { index, key, keep } = source(filter);
  if (!after && !keep) return indexOf(store, index).getAll(keyRange(section, bounds, key), limit);
  const range = after ? keyRange(section, bounds, key, after.at) : keyRange(section, bounds, key);
  const out: FollowUp[] = [];
  let cursor = await indexOf(store, index).openCursor(range);
  // Jump over rows sharing the cursor's time up to its id (many can share one due time).
  if (after && cursor && cursor.value.activeAt === after.at && cursor.value.id < after.id) {
    cursor = await cursor.continuePrimaryKey(key(after.at), after.id);
  }
  while (cursor && out.length < limit) {
    const f = cursor.value;
    if ((!after || isAfter(f, after)) && (!keep || keep(f))) out.push(f);
    cursor = await cursor.continue();
  }
  return out;
}
