import { Person, type PersonRef } from '../model';
import { personKey } from '../crm/types';
import type { DB, Tx } from './db';
import { applyPatch, type PatchResult } from './revisions';
import { t } from '../i18n';

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
    person = Person.parse(withoutUndefined({ key, ...page, createdAt: now, updatedAt: now }));
    await tx.store.put(person);
  } else if (differs(existing, page)) {
    person = withoutUndefined<Person>({ ...existing, ...page, updatedAt: now });
    await tx.store.put(person);
  } else {
    person = existing;
  }
  await tx.done;
  return person;
}

/**
 * What the page says about the person; what it leaves out, the store keeps. The organizer's
 * correction of the name stands while the page still shows the name it corrected; once the page
 * shows another name, the page wins and the correction is dropped.
 */
function fromPage(ref: PersonRef, stored: Person | undefined) {
  const corrected = stored?.nameFromPage !== undefined && (!ref.name || ref.name === stored.nameFromPage);
  // Whether they opted out is shown with the address: a page that shows the address says it.
  const optedOut = ref.email !== undefined ? ref.emailOptedOut : undefined;
  return {
    crm: ref.crm,
    account: ref.account,
    crmId: ref.crmId,
    name: corrected ? stored.name : ref.name || stored?.name || '',
    nameFromPage: corrected ? stored.nameFromPage : undefined,
    email: ref.email ?? stored?.email,
    emailOptedOut: optedOut ?? stored?.emailOptedOut,
    phone: ref.phone ?? stored?.phone,
    url: ref.url,
  };
}

function differs(stored: Person, page: ReturnType<typeof fromPage>): boolean {
  return (
    stored.name !== page.name ||
    stored.nameFromPage !== page.nameFromPage ||
    stored.email !== page.email ||
    stored.emailOptedOut !== page.emailOptedOut ||
    stored.phone !== page.phone ||
    stored.url !== page.url
  );
}

/** Fields set to undefined are left out of the stored record rather than kept as undefined. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The organizer corrects a wrongly read name. The correction is kept with the name the page
 * showed, and shown until the page shows another name (see fromPage). Correcting back to the
 * page's name, or to nothing, drops the correction.
 */
export async function correctName(db: DB, key: string, name: string, now: number): Promise<Person> {
  const tx = db.transaction('people', 'readwrite');
  const existing = await tx.store.get(key);
  if (!existing) throw new Error(t('errors.noPerson', [key]));
  const pageName = existing.nameFromPage ?? existing.name;
  const wanted = name.trim();
  const keep = wanted !== '' && wanted !== pageName;
  const nextName = keep ? wanted : pageName;
  if (nextName === existing.name && (keep ? pageName : undefined) === existing.nameFromPage) {
    await tx.done;
    return existing;
  }
  const rev = existing.rev + 1;
  const person = withoutUndefined<Person>({
    ...existing,
    name: nextName,
    nameFromPage: keep ? pageName : undefined,
    rev,
    fieldRevs: { ...existing.fieldRevs, name: rev },
    updatedAt: now,
  });
  await tx.store.put(person);
  await tx.done;
  return person;
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
  if (!existing) throw new Error(t('errors.noPerson', [key]));
  const result = applyPatch<Person>(existing, patch, baseRev, now, force);
  if (result.changed) await tx.store.put(result.record);
  await tx.done;
  return result;
}
