import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDB } from '../../../lib/store/db';
import { saveSettings } from '../../../lib/store/settings';
import { onNotificationButton, onNotificationClick } from '../../../lib/background/notification-actions';
import { takeFocus } from '../../../lib/background/open-person';
import type { FollowUp } from '../../../lib/model';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
const URL_ = 'https://riverside.nationbuilder.com/admin/signups/7';

async function seed() {
  const db = await getDB();
  await saveSettings(db, { timeZone: 'UTC', snoozeMinutes: 90 });
  await db.put('people', { key: 'p7', crm: 'nationbuilder', account: 'riverside', crmId: '7', name: 'Ana Ruiz', url: URL_, bestWay: '', accessNeeds: '', relationship: '', ladder: 'unknown', notes: '', createdAt: 0, updatedAt: 0, rev: 0, fieldRevs: {} });
  const f: FollowUp = { id: 'f1', personKey: 'p7', kind: 'custom', title: 'Call Ana', dueAt: NOW - 60_000, status: 'open', activeAt: NOW - 60_000, notifiedAt: NOW - 60_000, createdAt: 0, updatedAt: 0 };
  await db.put('followups', f);
  return db;
}

describe('notification clicks and buttons', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('a click opens the person’s page and asks its panel to show the follow-up', async () => {
    const db = await seed();
    await onNotificationClick('fu:f1');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(URL_);
    expect(await takeFocus(db, 'p7', NOW + 1000)).toBe('f1');
    // Asked once: a later page load of the same person does not jump again.
    expect(await takeFocus(db, 'p7', NOW + 2000)).toBeUndefined();
  });

  it('Done completes the follow-up and Snooze holds it for the snooze length in settings', async () => {
    const db = await seed();
    await onNotificationButton('fu:f1', 1);
    expect(await db.get('followups', 'f1')).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 90 * 60_000 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await onNotificationButton('fu:f1', 0);
    expect(await db.get('followups', 'f1')).toMatchObject({ status: 'done', doneAt: NOW });
  });

  it('a summary click opens the follow-up list', async () => {
    await seed();
    await onNotificationClick('summary:123');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html'))).toBe(true);
  });
});
