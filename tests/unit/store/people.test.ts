import { describe, expect, it } from 'vitest';
import { openCompanionDB } from '../../../lib/store/db';
import { getPerson, updatePerson, upsertFromRef } from '../../../lib/store/people';

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
