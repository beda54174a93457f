import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../export/backup';
import { Settings } from '../model';
import { withActiveAt } from '../rules/followups';
import type { DB } from './db';

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

/**
 * Writes a checked backup in one transaction: all of it lands, or none of it.
 * `replace` wipes the organizer's records first and takes the file's settings.
 * `merge` keeps what is here and adds what is not; where both have a record, the one edited
 * last wins, so restoring the same file twice duplicates nothing.
 */
export async function restoreBackup(db: DB, backup: Backup, mode: RestoreMode): Promise<RestoreCounts> {
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0 };
  const tx = db.transaction(STORES, 'readwrite');
  if (mode === 'replace') {
    await Promise.all(STORES.map((name) => tx.objectStore(name).clear()));
    await tx.objectStore('settings').put(backup.settings, 'settings');
  }
  type Keyed = { updatedAt?: number };
  // Requests are queued without waiting for each other: one transaction, many puts in flight.
  const merge = async <T extends object>(name: Exclude<(typeof STORES)[number], 'settings'>, items: readonly T[], keyOf: (item: T) => string) => {
    const store = tx.objectStore(name);
    const existing = mode === 'merge' ? await Promise.all(items.map((item) => store.get(keyOf(item)) as Promise<Keyed | undefined>)) : [];
    const writes: Promise<unknown>[] = [];
    items.forEach((item, index) => {
      const here = existing[index];
      if (!here) counts.added++;
      else if (((item as Keyed).updatedAt ?? 0) > (here.updatedAt ?? 0)) counts.updated++;
      else return void counts.unchanged++;
      writes.push(store.put(item as never));
    });
    await Promise.all(writes);
  };
  await merge('people', backup.people, (p) => p.key);
  await merge('meetings', backup.meetings, (m) => m.id);
  await merge('commitments', backup.commitments, (c) => c.id);
  await merge('followups', backup.followups.map(withActiveAt), (f) => f.id);
  await merge('templates', backup.templates.map((t) => ({ ...t, builtIn: false })), (t) => t.id);
  await merge('drives', backup.drives, (d) => d.id);
  await tx.done;
  return counts;
}
