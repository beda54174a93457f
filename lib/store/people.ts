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
  if (seen && !differs(seen, fromPage(ref, seen))) return seen;
  const tx = db.transaction('people', 'readwrite');
  const existing = await tx.store.get(key);
  const page = fromPage(ref, existing);
  let person: Person;
  if (!existing) {
    person = Person.parse({ key, ...page, createdAt: now, updatedAt: now });
    await tx.store.put(person);
  } else if (differs(existing, page)) {
    person = { ...existing, ...page, updatedAt: now };
    await tx.store.put(person);
  } else {
    person = existing;
  }
  await tx.done;
  return person;
}

/** What the page says about the person; what it leaves out, the store keeps. */
function fromPage(ref: PersonRef, stored: Person | undefined) {
  return {
    crm: ref.crm,
    account: ref.account,
    crmId: ref.crmId,
    name: ref.name || stored?.name || '',
    email: ref.email ?? stored?.email,
    phone: ref.phone ?? stored?.phone,
    url: ref.url,
  };
}

function differs(stored: Person, page: ReturnType<typeof fromPage>): boolean {
  return stored.name !== page.name || stored.email !== page.email || stored.phone !== page.phone || stored.url !== page.url;
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
