import { Drive } from '../model';
import type { DB } from './db';
import { t } from '../i18n';

export interface DriveInput {
  id?: string;
  name: string;
  goal: number;
  startDate: string;
  endDate: string;
}

export function listDrives(db: DB): Promise<Drive[]> {
  return db.getAll('drives');
}

/** Creates a drive, or changes one (keeping when it was made). Checked whole before it is stored. */
export async function saveDrive(db: DB, input: DriveInput, newId: string, now: number): Promise<Drive> {
  const tx = db.transaction('drives', 'readwrite');
  const existing = input.id ? await tx.store.get(input.id) : undefined;
  if (input.id && !existing) throw new Error(t('errors.noDrive', [input.id]));
  const drive = Drive.parse({ ...input, id: existing?.id ?? newId, createdAt: existing?.createdAt ?? now, updatedAt: now });
  await tx.store.put(drive);
  await tx.done;
  return drive;
}

export async function deleteDrive(db: DB, id: string): Promise<boolean> {
  const tx = db.transaction('drives', 'readwrite');
  const found = (await tx.store.count(id)) > 0;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}
