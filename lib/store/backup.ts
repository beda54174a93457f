import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../export/backup';
import { Settings } from '../model';
import { withActiveAt } from '../rules/followups';
import { unwrap, type IDBPObjectStore } from 'idb';
import type { CompanionDB, DB } from './db';
import { abortTransaction } from './abort';
import { dropReportTotals } from './report-totals';

const STORES = ['people', 'meetings', 'commitments', 'followups', 'templates', 'settings', 'drives'] as const;

/** Reads everything in one transaction, so the file is a consistent snapshot. */
export async function exportBackup(db: DB, now: number): Promise<Backup> {
  const tx = db.transaction(STORES, 'readonly');
  const [people, meetings, commitments, followups, templates, settings, drives] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('followups').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('drives').getAll(),
  ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    people,
    meetings,
    commitments,
    followups,
    templates,
    settings: Settings.parse(settings ?? {}),
    drives,
  };
}

export type RestoreMode = 'replace' | 'merge';
export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
}
/** Records written (or found up to date) so far, of how many the file holds. */
export interface RestoreProgress {
  done: number;
  total: number;
}

/** How often the restore reports progress, in records. */
const PROGRESS_EVERY = 1000;

type RecordStore = Exclude<(typeof STORES)[number], 'settings'>;
type Keyed = { updatedAt?: number };

/**
 * Writes a checked backup in one transaction: all of it lands, or none of it. Anything that
 * throws midway aborts the transaction, so a store is never left cleared or half written.
 * `replace` wipes the organizer's records first and takes the file's settings.
 * `merge` keeps what is here and adds what is not; where both have a record, the one edited
 * last wins, so restoring the same file twice duplicates nothing.
 *
 * For big files: the records were checked once already (parseBackup), so they are written as
 * they are; every put is queued at once, without a promise each and without waiting for the one
 * before (the database runs them in order); only every thousandth carries a callback, for
 * `onProgress`. What time remains is the database's own (see scripts/restore-timing.mjs).
 */
export async function restoreBackup(
  db: DB,
  backup: Backup,
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreCounts> {
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0 };
  const lists: [RecordStore, readonly object[], (item: never) => string][] = [
    ['people', backup.people, (p: Backup['people'][number]) => p.key],
    ['meetings', backup.meetings, (m: Backup['meetings'][number]) => m.id],
    ['commitments', backup.commitments, (c: Backup['commitments'][number]) => c.id],
    ['followups', backup.followups.map(withActiveAt), (f: Backup['followups'][number]) => f.id],
    ['templates', backup.templates.map((t) => ({ ...t, builtIn: false })), (t: Backup['templates'][number]) => t.id],
    ['drives', backup.drives ?? [], (d: NonNullable<Backup['drives']>[number]) => d.id],
  ];
  const total = lists.reduce((sum, [, items]) => sum + items.length, 0);
  onProgress?.({ done: 0, total });

  const tx = db.transaction([...STORES, 'meta'], 'readwrite');
  try {
    // The reports' kept month figures are rebuilt from what lands (lib/store/report-totals.ts).
    await dropReportTotals(tx.objectStore('meta'));
    if (mode === 'replace') {
      // Raw requests: a failure aborts the transaction (and rejects tx.done) without a stray promise.
      for (const name of STORES) unwrap(tx.objectStore(name)).clear();
      unwrap(tx.objectStore('settings')).put(backup.settings, 'settings');
    }
    // What is here already, for a merge, read before anything is written.
    const existing = mode === 'merge' ? await Promise.all(lists.map(([name, items, keyOf]) => storedVersions(tx.objectStore(name), items, keyOf))) : [];
    let queued = 0;
    lists.forEach(([name, items, keyOf], list) => {
      const store = unwrap(tx.objectStore(name));
      for (const item of items) {
        queued++;
        const here = existing[list]?.get(keyOf(item as never));
        if (!here) counts.added++;
        else if (((item as Keyed).updatedAt ?? 0) > (here.updatedAt ?? 0)) counts.updated++;
        else {
          counts.unchanged++;
          continue;
        }
        const request = store.put(item);
        // Requests run in order: when this one is written, so is everything queued before it.
        if (onProgress && queued % PROGRESS_EVERY === 0) {
          const reached = queued;
          request.onsuccess = () => onProgress({ done: reached, total });
        }
      }
    });
    await tx.done;
  } catch (error) {
    abortTransaction(tx);
    throw error;
  }
  onProgress?.({ done: total, total });
  return counts;
}

/** The stored `updatedAt` of each record the file also holds, read in as few requests as it takes. */
async function storedVersions(
  store: IDBPObjectStore<CompanionDB, ((typeof STORES)[number] | 'meta')[], RecordStore, 'readwrite'>,
  items: readonly object[],
  keyOf: (item: never) => string,
): Promise<Map<string, Keyed>> {
  const out = new Map<string, Keyed>();
  const here = await store.count();
  if (here === 0 || items.length === 0) return out;
  if (here <= items.length * 2) {
    // Reading the whole store at once beats one request per record.
    const all = (await store.getAll()) as Keyed[];
    const wanted = new Set(items.map((item) => keyOf(item as never)));
    for (const record of all) {
      const key = keyOf(record as never);
      if (wanted.has(key)) out.set(key, record);
    }
    return out;
  }
  const found = await Promise.all(items.map((item) => store.get(keyOf(item as never)) as Promise<Keyed | undefined>));
  found.forEach((record, index) => record && out.set(keyOf(items[index] as never), record));
  return out;
}
