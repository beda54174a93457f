import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDB } from '../../lib/store/db';
import { afterChange } from '../../lib/background/after-change';
import { saveSettings } from '../../lib/store/settings';
import { completeFollowUp, snoozeFollowUp } from '../../lib/store/followups';
import { NEXT_ALARM, SWEEP_ALARM } from '../../lib/scheduler';
import type { FollowUp } from '../../lib/model';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
const MIN = 60_000;

function followUp(id: string, dueAt: number, personKey = 'p1'): FollowUp {
  return { id, personKey, kind: 'custom', title: `Call ${id}`, dueAt, status: 'open', activeAt: dueAt, createdAt: 0, updatedAt: 0 };
}

async function seed(followUps: FollowUp[]) {
  const db = await getDB();
  await db.put('people', { key: 'p1', crm: 'nationbuilder', account: 'a', crmId: '1', name: 'Ana Ruiz', url: 'https://a.nationbuilder.com/admin/signups/1', bestWay: '', accessNeeds: '', relationship: '', ladder: 'unknown', notes: '', createdAt: 0, updatedAt: 0, rev: 0, fieldRevs: {} });
  const tx = db.transaction('followups', 'readwrite');
  for (const f of followUps) void tx.store.put(f);
  await tx.done;
  await saveSettings(db, { timeZone: 'UTC' });
  return db;
}

describe('scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it.each([1, 100, 10_000])('keeps two alarms, the next due and the sweep, with %i follow-ups', async (count) => {
    await seed(Array.from({ length: count }, (_, i) => followUp(`f${i}`, NOW + (i + 1) * MIN)));
    await afterChange();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM]);
    expect(alarms.find((a) => a.name === NEXT_ALARM)?.scheduledTime).toBe(NOW + MIN);
  });

  it('re-creates a cleared alarm whenever it runs (worker start, install, browser start)', async () => {
    await seed([followUp('a', NOW + 10 * MIN)]);
    await afterChange();
    await fakeBrowser.alarms.clearAll();
    await afterChange();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM]);
  });

  it('fires a due follow-up once, however often it wakes', async () => {
    await seed([followUp('a', NOW + 5 * MIN), followUp('b', NOW + 60 * MIN)]);
    await afterChange();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    vi.setSystemTime(NOW + 5 * MIN);
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: NOW + 5 * MIN });
    await afterChange();
    await afterChange();
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['fu:a']);
    expect(shown['fu:a']).toMatchObject({ title: 'Follow up: Ana Ruiz', message: 'Call a' });
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(NOW + 60 * MIN);
  });

  it('groups what fell due while the browser was closed into one summary', async () => {
    await seed(['a', 'b', 'c', 'd', 'e'].map((id, i) => followUp(id, NOW - (i + 1) * 60 * MIN)));
    await afterChange();
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toHaveLength(1);
    expect(Object.values(shown)[0]).toMatchObject({ title: '5 follow-ups are due' });
  });

  it('holds notifications during quiet hours and sets the alarm for their end', async () => {
    const db = await seed([followUp('a', NOW - MIN)]);
    await saveSettings(db, { quietHours: { enabled: true, start: '11:00', end: '13:30' } });
    await afterChange();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(Date.UTC(2026, 10, 22, 13, 30));
    vi.setSystemTime(Date.UTC(2026, 10, 22, 13, 30));
    await afterChange();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['fu:a']);
  });

  it('shows the overdue count on the badge, nothing at zero, and updates it on Done and Snooze', async () => {
    const db = await seed([followUp('a', NOW - MIN), followUp('b', NOW - 2 * MIN), followUp('c', NOW + MIN)]);
    await afterChange();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await completeFollowUp(db, 'a', NOW);
    await snoozeFollowUp(db, 'b', NOW + 24 * 60 * MIN, NOW);
    await afterChange();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('Done twice at once (notification and panel) leaves one consistent record', async () => {
    const db = await seed([followUp('a', NOW - MIN)]);
    const [first, second] = await Promise.all([completeFollowUp(db, 'a', NOW), completeFollowUp(db, 'a', NOW + 5)]);
    expect(first.doneAt).toBe(NOW);
    expect(second.doneAt).toBe(NOW);
    const stored = await db.get('followups', 'a');
    expect(stored).toMatchObject({ status: 'done', doneAt: NOW });
    expect(stored?.activeAt).toBeUndefined();
  });
});
