import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDB } from '../../../lib/store/db';
import { saveSettings } from '../../../lib/store/settings';
import { upsertFromRef } from '../../../lib/store/people';
import { meetingHandlers } from '../../../lib/background/handlers/meetings';
import { followUpHandlers } from '../../../lib/background/handlers/followups';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { onNotificationButton } from '../../../lib/background/notification-actions';
import { afterChange } from '../../../lib/background/after-change';
import { computerZoneElsewhere } from '../rules/elsewhere';

computerZoneElsewhere();

const NY = 'America/New_York';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new TZDate(y, mo - 1, d, h, mi, NY).getTime();

async function seed() {
  const db = await getDB();
  await saveSettings(db, { timeZone: NY });
  const person = await upsertFromRef(db, { crm: 'nationbuilder', account: 'riverside', crmId: '7', name: 'Ana Ruiz', url: 'https://riverside.nationbuilder.com/admin/signups/7' }, Date.now());
  return { db, key: person.key };
}

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const open = async (key: string) => (await (await getDB()).getAllFromIndex('followups', 'by-person', key)).filter((f) => f.status !== 'done');

describe('reminders in the background', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(2026, 10, 28, 15));
  });
  afterEach(() => vi.useRealTimers());

  it('a 1:1 planned for two hours from now: no badge and no notification at once', async () => {
    const { key } = await seed();
    await meetingHandlers.createMeeting({ personKey: key, scheduledAt: Date.now() + 2 * HOUR }, {});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await shown()).toEqual([]);
    expect((await open(key)).map((f) => [f.title, f.dueAt])).toEqual([['Confirm today’s 1:1', Date.now() + 30 * MIN]]);
  });

  it('finishing a 1:1 whose confirmation was notified closes the notification', async () => {
    const { key } = await seed();
    const m = await meetingHandlers.createMeeting({ personKey: key, scheduledAt: at(2026, 10, 28, 18) }, {});
    vi.setSystemTime(at(2026, 10, 28, 15, 30));
    await afterChange();
    const [id] = await shown();
    expect(id).toMatch(/^fu:.*:confirm-day:/);
    await meetingHandlers.startMeeting({ id: m.id }, {});
    expect(await shown()).toEqual([]);
    await meetingHandlers.finishMeeting({ id: m.id }, {});
    expect(await shown()).toEqual([]);
  });

  it('moving a 1:1 closes the notification of its old confirmation and sets new ones', async () => {
    const { key } = await seed();
    const m = await meetingHandlers.createMeeting({ personKey: key, scheduledAt: at(2026, 10, 28, 18) }, {});
    vi.setSystemTime(at(2026, 10, 28, 15, 30));
    await afterChange();
    expect(await shown()).toHaveLength(1);
    await meetingHandlers.saveMeeting({ id: m.id, baseRev: m.rev, patch: { scheduledAt: at(2026, 11, 4, 18) } }, {});
    expect(await shown()).toEqual([]);
    expect((await open(key)).map((f) => new TZDate(f.dueAt, NY).toString().slice(0, 21))).toEqual(['Mon Nov 02 2026 18:00', 'Wed Nov 04 2026 09:00']);
  });

  it('Done or Snooze on a notification whose follow-up is gone closes it quietly', async () => {
    const { db, key } = await seed();
    const m = await meetingHandlers.createMeeting({ personKey: key, scheduledAt: at(2026, 10, 28, 18) }, {});
    vi.setSystemTime(at(2026, 10, 28, 15, 30));
    await afterChange();
    const [id] = await shown();
    const tx = db.transaction('followups', 'readwrite');
    await tx.store.delete(id!.slice('fu:'.length));
    await tx.done;
    await expect(onNotificationButton(id!, 0)).resolves.toBeUndefined();
    expect(await shown()).toEqual([]);
    await fakeBrowser.notifications.create(id!, { type: 'basic', iconUrl: '', title: 'x', message: 'x' });
    await expect(onNotificationButton(id!, 1)).resolves.toBeUndefined();
    expect(await shown()).toEqual([]);
    expect(m.status).toBe('planned');
  });

  it('closing a commitment closes its notification', async () => {
    const { key } = await seed();
    const saved = await meetingHandlers.saveCommitment({ commitment: { personKey: key, direction: 'mine', what: 'Send the survey', dueAt: Date.now() - DAY } }, {});
    if (!saved.ok) throw new Error('not saved');
    expect(await shown()).toEqual([`fu:${saved.commitment.id}:check`]);
    await meetingHandlers.setCommitmentStatus({ id: saved.commitment.id, status: 'kept' }, {});
    expect(await shown()).toEqual([]);
  });

  it('moving a commitment’s due date later closes the notification of its check, which is due again later', async () => {
    const { key } = await seed();
    const saved = await meetingHandlers.saveCommitment({ commitment: { personKey: key, direction: 'theirs', what: 'Bring two neighbours', goal: 'Two', dueAt: Date.now() - DAY } }, {});
    if (!saved.ok) throw new Error('not saved');
    expect(await shown()).toEqual([`fu:${saved.commitment.id}:check`]);
    await meetingHandlers.saveCommitment({ commitment: { id: saved.commitment.id, personKey: key, direction: 'theirs', what: 'Bring two neighbours', goal: 'Two', dueAt: Date.now() + 3 * DAY } }, {});
    expect(await shown()).toEqual([]);
    expect((await open(key)).find((f) => f.kind === 'commitment-check')).toMatchObject({ status: 'open', notifiedAt: undefined });
  });

  it('Snooze never brings a reminder forward, from a list or a notification', async () => {
    const { key } = await seed();
    await meetingHandlers.createMeeting({ personKey: key, scheduledAt: at(2026, 11, 10, 12) }, {});
    const before = await open(key);
    for (const f of before) {
      await followUpHandlers.snoozeFollowUp({ id: f.id }, {});
      await onNotificationButton(`fu:${f.id}`, 1);
    }
    expect(await open(key)).toEqual(before);
    // Snoozed for longer than it has to wait: put off, to the later time.
    const first = before[0]!;
    const snoozed = await followUpHandlers.snoozeFollowUp({ id: first.id, minutes: 14 * 24 * 60 }, {});
    expect(snoozed.activeAt).toBe(Date.now() + 14 * DAY);
    expect(snoozed.activeAt).toBeGreaterThan(first.dueAt);
  });

  it('a week of same-day 1:1s confirmed promptly reads all on time in the reports', async () => {
    const { key } = await seed();
    // Thursday 29 October to Wednesday 4 November, across New York's change of clocks.
    for (let day = 29; day < 29 + 7; day++) {
      vi.setSystemTime(at(2026, 10, day, 10));
      const m = await meetingHandlers.createMeeting({ personKey: key, scheduledAt: at(2026, 10, day, 14) }, {});
      const confirm = (await open(key)).find((f) => f.kind === 'confirm');
      expect(confirm?.title).toBe('Confirm today’s 1:1');
      vi.setSystemTime(Date.now() + 2 * MIN);
      await followUpHandlers.completeFollowUp({ id: confirm!.id }, {});
      vi.setSystemTime(at(2026, 10, day, 14));
      await meetingHandlers.startMeeting({ id: m.id }, {});
      vi.setSystemTime(at(2026, 10, day, 14, 45));
      await meetingHandlers.finishMeeting({ id: m.id }, {});
    }
    const report = await dataHandlers.getReport({ from: at(2026, 10, 1, 0), to: at(2026, 11, 30, 23) }, {});
    expect([report.totals.followUpsOnTime, report.totals.followUpsLate]).toEqual([7, 0]);
  });
});
