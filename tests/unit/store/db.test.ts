import { describe, expect, it } from 'vitest';
import { DB_VERSION, migrations, openCompanionDB } from '../../../lib/store/db';
import { countOverdue } from '../../../lib/store/followups';

describe('database schema', () => {
  it('has migrations from the first version up to the current one', () => {
    // Branches add their own numbered step; the numbers are made contiguous when they merge.
    const versions = Object.keys(migrations).map(Number).sort((a, b) => a - b);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(DB_VERSION);
  });

  it('opens a database of every earlier version (from the first) and keeps its records', async () => {
    for (let from = 1; from <= DB_VERSION; from++) {
      const name = `upgrade-from-${from}`;
      const old = await openCompanionDB(name, from);
      await old.put('settings', { organizerName: 'Kept' } as never, 'settings');
      old.close();
      const db = await openCompanionDB(name, DB_VERSION);
      expect(await db.get('settings', 'settings')).toMatchObject({ organizerName: 'Kept' });
      db.close();
    }
  });

  it('opens a new database with every store and index the product queries', async () => {
    const db = await openCompanionDB();
    expect([...db.objectStoreNames].sort()).toEqual(['commitments', 'connections', 'drives', 'followups', 'meetings', 'meta', 'outbox', 'people', 'settings', 'teamContacts', 'teamFiles', 'teamOrganizers', 'templates']);
    expect([...db.transaction('outbox').store.indexNames].sort()).toEqual(['by-connection', 'by-meeting', 'by-next', 'by-person']);
    const tx = db.transaction(['meetings', 'commitments', 'followups'], 'readonly');
    expect([...tx.objectStore('meetings').indexNames]).toContain('by-person');
    expect([...tx.objectStore('commitments').indexNames]).toContain('by-person-status');
    expect([...tx.objectStore('followups').indexNames]).toContain('by-active');
    expect(db.transaction('teamContacts').store.index('by-person').multiEntry).toBe(true);
    // Version 2: the popup's filters and the CSV's held 1:1s in order.
    expect([...tx.objectStore('followups').indexNames]).toEqual(expect.arrayContaining(['by-kind-active', 'by-person-active']));
    expect([...tx.objectStore('meetings').indexNames]).toContain('by-status-started');
  });

  it('counts overdue follow-ups from the sparse index: done ones and future ones do not count', async () => {
    const db = await openCompanionDB();
    const base = { personKey: 'p', kind: 'custom' as const, title: '', createdAt: 0, updatedAt: 0 };
    await db.put('followups', { ...base, id: 'a', dueAt: 100, status: 'open', activeAt: 100 });
    await db.put('followups', { ...base, id: 'b', dueAt: 100, status: 'done', doneAt: 150 });
    await db.put('followups', { ...base, id: 'c', dueAt: 100, status: 'snoozed', snoozedUntil: 500, activeAt: 500 });
    await db.put('followups', { ...base, id: 'd', dueAt: 900, status: 'open', activeAt: 900 });
    expect(await countOverdue(db, 200)).toBe(1);
    expect(await countOverdue(db, 600)).toBe(2);
  });
});
