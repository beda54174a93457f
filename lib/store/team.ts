import type { TeamFile } from '../export/team-file';
import { contactsOf, contactsWith, summarizeTeamFile, type TeamContact, type TeamOrganizer } from '../rules/team';
import { MAX_RECENT_CONTACT_DAYS } from '../model';
import type { DB } from './db';

const DAY = 86_400_000;
const ORGANIZER_ID = 'organizerId';
const TEAM_STORES = ['teamOrganizers', 'teamFiles', 'teamContacts'] as const;

/** This browser's organizer id, made once: staff tell a newer file from the same person by it. */
export async function organizerId(db: DB): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  let id = (await tx.store.get(ORGANIZER_ID)) as string | undefined;
  if (!id) {
    id = crypto.randomUUID();
    await tx.store.put(id, ORGANIZER_ID);
  }
  await tx.done;
  return id;
}

/** The id, if one was ever made (reading it never makes one). */
export async function knownOrganizerId(db: DB): Promise<string | undefined> {
  return (await db.get('meta', ORGANIZER_ID)) as string | undefined;
}

export type TeamImport =
  | { status: 'added'; organizer: TeamOrganizer }
  | { status: 'replaced'; organizer: TeamOrganizer; previousMadeAt: number }
  /** A file as old as (or older than) the one kept for this organizer: nothing changed. */
  | { status: 'stale'; organizer: TeamOrganizer; keptMadeAt: number };

/**
 * Keeps a checked team file: its figures, its text, and its recent 1:1s for the person check, in
 * one transaction. A newer file from the same organizer replaces everything the older one left.
 * Rows for this browser's own organizer are not indexed: the panel reads its own records.
 */
export async function importTeamFile(db: DB, file: TeamFile, text: string, now: number, ownId: string | undefined): Promise<TeamImport> {
  const organizer = summarizeTeamFile(file, now);
  const id = organizer.organizerId;
  const tx = db.transaction(TEAM_STORES, 'readwrite');
  const kept = await tx.objectStore('teamOrganizers').get(id);
  if (kept && kept.madeAt >= file.madeAt) {
    await tx.done;
    return { status: 'stale', organizer, keptMadeAt: kept.madeAt };
  }
  const contacts = tx.objectStore('teamContacts');
  const writes: Promise<unknown>[] = [
    contacts.delete(organizerRange(id)),
    tx.objectStore('teamOrganizers').put(organizer),
    tx.objectStore('teamFiles').put({ organizerId: id, text }),
  ];
  if (id !== ownId) for (const row of contactsOf(file, now - MAX_RECENT_CONTACT_DAYS * DAY)) writes.push(contacts.put(row));
  await Promise.all(writes);
  await tx.done;
  return kept ? { status: 'replaced', organizer, previousMadeAt: kept.madeAt } : { status: 'added', organizer };
}

/** Every key of one organizer's contact records (they all start with `${id}|`). */
function organizerRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound(`${id}|`, `${id}|\uffff`);
}

export async function removeTeamOrganizer(db: DB, id: string): Promise<boolean> {
  const tx = db.transaction(TEAM_STORES, 'readwrite');
  const found = (await tx.objectStore('teamOrganizers').count(id)) > 0;
  await Promise.all([tx.objectStore('teamOrganizers').delete(id), tx.objectStore('teamFiles').delete(id), tx.objectStore('teamContacts').delete(organizerRange(id))]);
  await tx.done;
  return found;
}

export function listTeamOrganizers(db: DB): Promise<TeamOrganizer[]> {
  return db.getAll('teamOrganizers');
}

/** Other organizers' 1:1s with this person at or after `since`: one key on the index, not a scan. */
export async function recentTeamContacts(db: DB, personKey: string, since: number): Promise<TeamContact[]> {
  return contactsWith(await db.getAllFromIndex('teamContacts', 'by-person', personKey), personKey, since);
}
