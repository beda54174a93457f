import { describe, expect, it } from 'vitest';
import { openCompanionDB } from '../../../lib/store/db';
import { correctName, getPerson, updatePerson, upsertFromRef } from '../../../lib/store/people';

const ref = {
  crm: 'nationbuilder' as const,
  account: 'riverside',
  crmId: '42',
  name: 'Sam Okafor',
  email: 'sam@example.org',
  url: 'https://riverside.nationbuilder.com/admin/signups/42',
};

describe('people store', () => {
  it('creates a person on first sight and keeps organizer fields when the page changes', async () => {
    const db = await openCompanionDB();
    const first = await upsertFromRef(db, ref, 1000);
    expect(first.key).toBe('nationbuilder:riverside:id:42');
    await updatePerson(db, first.key, { notes: 'Likes mornings' }, first.rev, 2000);
    const again = await upsertFromRef(db, { ...ref, name: 'Samuel Okafor' }, 3000);
    expect(again.name).toBe('Samuel Okafor');
    expect(again.notes).toBe('Likes mornings');
  });

  it('keeps the same id in two nations apart', async () => {
    const db = await openCompanionDB();
    const a = await upsertFromRef(db, ref, 1);
    const b = await upsertFromRef(db, { ...ref, account: 'hillcrest', name: 'Jordan Lee', url: 'https://hillcrest.nationbuilder.com/admin/signups/42' }, 1);
    expect(a.key).not.toBe(b.key);
    await updatePerson(db, b.key, { notes: 'Hillcrest note' }, b.rev, 2);
    expect((await getPerson(db, a.key))?.notes).toBe('');
  });

  it('refuses an edit based on an older revision of a field another tab changed', async () => {
    const db = await openCompanionDB();
    const person = await upsertFromRef(db, ref, 1);
    const tabA = await updatePerson(db, person.key, { notes: 'From tab A' }, person.rev, 2);
    const tabB = await updatePerson(db, person.key, { notes: 'From tab B', bestWay: 'text' }, person.rev, 3);
    expect(tabB.conflicts).toEqual(['notes']);
    const stored = await getPerson(db, person.key);
    expect(stored?.notes).toBe('From tab A');
    expect(stored?.bestWay).toBe('text');
    expect(tabA.record.rev).toBeLessThan(stored!.rev);
  });
});

describe('a corrected name', () => {
  const misread = { ...ref, name: 'Riverside Tenants Union' };

  it('is shown from then on, on every visit where the page still shows what it corrected', async () => {
    const db = await openCompanionDB();
    const first = await upsertFromRef(db, misread, 1);
    const corrected = await correctName(db, first.key, '  Sam Okafor ', 2);
    expect([corrected.name, corrected.nameFromPage]).toEqual(['Sam Okafor', 'Riverside Tenants Union']);
    expect(corrected.rev).toBeGreaterThan(first.rev);
    const visit = await upsertFromRef(db, misread, 3);
    expect(visit.name).toBe('Sam Okafor');
    // A visit where the page gave no name keeps it too.
    expect((await upsertFromRef(db, { ...misread, name: '' }, 4)).name).toBe('Sam Okafor');
    // Correcting the correction keeps the page's name it was made against.
    const again = await correctName(db, first.key, 'Samuel Okafor', 5);
    expect([again.name, again.nameFromPage]).toEqual(['Samuel Okafor', 'Riverside Tenants Union']);
  });

  it('gives way once the CRM page itself shows another name', async () => {
    const db = await openCompanionDB();
    const first = await upsertFromRef(db, misread, 1);
    await correctName(db, first.key, 'Sam Okafor', 2);
    const changed = await upsertFromRef(db, { ...misread, name: 'Samantha Okafor' }, 3);
    expect([changed.name, changed.nameFromPage]).toEqual(['Samantha Okafor', undefined]);
    expect('nameFromPage' in changed).toBe(false);
    // And the page's earlier name, shown again later, is just the page's name now.
    expect((await upsertFromRef(db, misread, 4)).name).toBe('Riverside Tenants Union');
  });

  it('is dropped by correcting back to the page’s name, or to nothing', async () => {
    const db = await openCompanionDB();
    const first = await upsertFromRef(db, misread, 1);
    await correctName(db, first.key, 'Sam Okafor', 2);
    const back = await correctName(db, first.key, 'Riverside Tenants Union', 3);
    expect([back.name, back.nameFromPage]).toEqual(['Riverside Tenants Union', undefined]);
    await correctName(db, first.key, 'Sam Okafor', 4);
    const cleared = await correctName(db, first.key, '   ', 5);
    expect([cleared.name, cleared.nameFromPage]).toEqual(['Riverside Tenants Union', undefined]);
    await expect(correctName(db, 'nationbuilder:riverside:id:0', 'X', 6)).rejects.toThrow(/No person is stored/);
  });
});

describe('an email address they opted out of', () => {
  it('is marked as the page shows it, and kept when a page shows no address', async () => {
    const db = await openCompanionDB();
    const first = await upsertFromRef(db, { ...ref, emailOptedOut: true }, 1);
    expect(first.emailOptedOut).toBe(true);
    expect((await upsertFromRef(db, { ...ref, email: undefined, emailOptedOut: undefined }, 2)).emailOptedOut).toBe(true);
    // The page shows the address without the mark again: they opted back in.
    expect((await upsertFromRef(db, { ...ref, emailOptedOut: false }, 3)).emailOptedOut).toBe(false);
    // A CRM adapter that cannot tell leaves what is known alone.
    expect((await upsertFromRef(db, { ...ref, emailOptedOut: true }, 4)).emailOptedOut).toBe(true);
    expect((await upsertFromRef(db, ref, 5)).emailOptedOut).toBe(true);
  });
});
