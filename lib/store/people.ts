import { Person, type PersonRef } from '../model';
import { personKey } from '../crm/types';
import type { DB, Tx } from './db';
import { applyPatch, type PatchResult } from './revisions';

/** Fields the organizer edits; everything else comes from the CRM page. */
export type PersonPatch = Partial<Pick<Person, 'name' | 'email' | 'phone' | 'bestWay' | 'accessNeeds' | 'relationship' | 'ladder' | 'notes'>>;

/**
 * Records the person seen on a CRM page, creating them on first sight and refreshing what the
 * page shows (name, contact, URL) afterwards. Organizer-typed fields are never touched here.
 */
export async function upsertFromRef(db: DB, ref: PersonRef, now: number): Promise<Person> {
  const key = personKey(ref);
  // Most page views change nothing: answer from a read, without queueing behind writes.
  const seen = await db.get('people', key);
  if (seen && !differs(seen, ref)) return seen;
  const tx = db.transaction('people', 'readwrite');
  const existing = await tx.store.get(key);
  const fromPage = {
    crm: ref.crm,
    account: ref.account,
    crmId: ref.crmId,
    name: ref.name || existing?.name || '',
    email: ref.email ?? existing?.email,
    phone: ref.phone ?? existing?.phone,
    url: ref.url,
  };
  let person: Person;
  if (!existing) {
    person = Person.parse({ key, ...fromPage, createdAt: now, updatedAt: now });
    await tx.store.put(person);
  } else if (differs(existing, ref)) {
    person = { ...existing, ...fromPage, updatedAt: now };
    await tx.store.put(person);
  } else {
    person = existing;
  }
  await tx.done;
  return person;
}

/** Whether the page shows something about the person that the store does not have yet. */
function differs(stored: Person, ref: PersonRef): boolean {
  return (
    (ref.name || stored.name) !== stored.name ||
    (ref.email ?? stored.email) !== stored.email ||
    (ref.phone ?? stored.phone) !== stored.phone ||
    ref.url !== stored.url
  );
}

export async function getPerson(db: DB | Tx<'readonly' | 'readwrite'>, key: string): Promise<Person | undefined> {
  return 'objectStore' in db ? db.objectStore('people').get(key) : db.get('people', key);
}

export async function updatePerson(
  db: DB,
  key: string,
  patch: PersonPatch,
  baseRev: number,
  now: number,
  force = false,
): Promise<PatchResult<Person>> {
  const tx = db.transaction('people', 'readwrite');
  const existing = await tx.store.get(key);
  if (!existing) throw new Error(`No person is stored under "${key}"`);
  const result = applyPatch<Person>(existing, patch, baseRev, now, force);
  if (result.changed) await tx.store.put(result.record);
  await tx.done;
  return result;
}
