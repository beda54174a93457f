import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting, finishMeeting } from '../../../lib/store/meetings';
import { completeFollowUp } from '../../../lib/store/followups';
import { saveSettings } from '../../../lib/store/settings';
import { settingsHandlers } from '../../../lib/background/handlers/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 2, 15, 0);

describe('changing settings', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + 2 * HOUR);
  });
  afterEach(() => vi.useRealTimers());

  it('new offsets move open follow-ups, and never bring back a finished one', async () => {
    const db = await getDB();
    await saveSettings(db, { timeZone: 'UTC' });
    const person = await upsertFromRef(db, { crm: 'nationbuilder', account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9' }, T0);
    await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'm1', T0);
    await finishMeeting(db, 'm1', T0 + HOUR);
    await completeFollowUp(db, 'm1:thank-you', T0 + 2 * HOUR);

    const saved = await settingsHandlers.saveSettings({ patch: { offsets: { thankYouHours: 6, confirmDaysBefore: 2, confirmDayOfHour: 9, reminderHoursBefore: 24, checkHoursAfter: 24, checkInDays: 14 } } }, {});
    expect(saved.offsets.checkInDays).toBe(14);
    const byId = Object.fromEntries((await db.getAll('followups')).map((f) => [f.id, f]));
    expect(byId['m1:check-in']).toMatchObject({ status: 'open', dueAt: T0 + HOUR + 14 * DAY });
    expect(byId['m1:thank-you']).toMatchObject({ status: 'done', dueAt: T0 + HOUR + 2 * HOUR });
  });

  it('refuses settings out of range, naming the field, and keeps the old ones', async () => {
    const db = await getDB();
    await saveSettings(db, { snoozeMinutes: 60 });
    await expect(settingsHandlers.saveSettings({ patch: { snoozeMinutes: 1 } }, {})).rejects.toThrow(/"snoozeMinutes"/);
    await expect(settingsHandlers.saveSettings({ patch: { quietHours: { enabled: true, start: '9pm', end: '08:00' } } }, {})).rejects.toThrow(/Use a time like 21:30/);
    expect((await settingsHandlers.getSettings({}, {})).snoozeMinutes).toBe(60);
  });
});
