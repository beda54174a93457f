import { TZDate } from '@date-fns/tz';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, panel } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface Stored {
  id: string;
  kind: string;
  title: string;
  dueAt: number;
  activeAt?: number;
  status: string;
}

/** The toolbar badge as the browser shows it. */
const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('reminders come when they should', () => {
  const suite = browserSuite();
  /** The organizer's zone: one where it is late morning now, so the day has room, and not the computer's. */
  let zone = '';
  const ext = (path: string) => suite.browser.open(`chrome-extension://${suite.browser.extensionId}/${path}`);
  /** Notifications shown by the extension, listed from its service worker. */
  const notifications = async () => Object.keys(await (await suite.browser.worker()).evaluate(() => chrome.notifications.getAll()));
  /** A person's open follow-ups, through the protocol the popup uses. */
  const followUpsOf = async (name: string): Promise<Stored[]> => {
    const page = await ext('popup.html');
    const list = await page.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ id: 1, type: 'listFollowUps', timestamp: Date.now(), data: { days: 14 } });
      return reply.res as Record<'overdue' | 'today' | 'upcoming', { personName: string; followUps: Stored[] }[]>;
    });
    await page.close();
    return [...list.overdue, ...list.today, ...list.upcoming].filter((g) => g.personName === name).flatMap((g) => g.followUps);
  };
  /** A datetime-local value in the organizer's zone, to the minute. */
  // What a datetime-local field holds for `ms` in the organizer's zone (as the panel fills it).
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = (ms: number) => {
    const d = new TZDate(ms, zone);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const minute = (ms: number) => Math.floor(ms / MIN) * MIN;

  beforeAll(async () => {
    const options = await ext('options.html');
    zone = await options.evaluate(() => {
      const hourIn = (z: string) => Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: z }).format(new Date()));
      const offset = (z: string) => new Date().toLocaleString('en-US', { timeZone: z }) !== new Date().toLocaleString('en-US', { timeZone: 'UTC' });
      const zones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
      return zones.find((z) => hourIn(z) >= 10 && hourIn(z) <= 12 && offset(z) && z.includes('/')) ?? '';
    });
    expect(zone).not.toBe('');
    await options.getByLabel('Time zone').selectOption(zone);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
  });

  it('a 1:1 planned for two hours from now: the badge stays empty, no notification; moved to next week, its confirmations move with it', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    const start = minute(Date.now() + 2 * HOUR);
    const planned = Date.now();
    await side.getByLabel('Date and time').fill(local(start));
    await expect.poll(() => side.getByText('Confirm today’s 1:1').count()).toBe(1);
    // Due within half an hour of planning, not at 09:00 this morning.
    const [today] = await followUpsOf('María José Núñez');
    expect(today?.dueAt).toBeGreaterThan(planned);
    expect(today?.dueAt).toBeLessThanOrEqual(Date.now() + 30 * MIN);
    const popup = await ext('popup.html');
    await sleep(2_000);
    expect(await badgeText(popup)).toBe('');
    expect(await notifications()).toEqual([]);

    // Next week, same time: a confirmation two days before and one that morning; the one for today is gone.
    const moved = start + 7 * DAY;
    await side.getByLabel('Date and time').fill(local(moved));
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);
    const confirmations = (await followUpsOf('María José Núñez')).filter((f) => f.kind === 'confirm').map((f) => f.dueAt);
    const day = new TZDate(moved, zone);
    expect(confirmations).toEqual([moved - 2 * DAY, new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 9, 0, zone).getTime()]);
    expect(await badgeText(popup)).toBe('');
    expect(await notifications()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('Snooze never moves an upcoming reminder earlier: not offered where it would, and "Snooze until …" puts it off', async () => {
    // The confirmation two days before next week's 1:1 (above): a one-day snooze would bring it forward.
    const popup = await ext('popup.html');
    const upcoming = popup.getByRole('region', { name: /Upcoming/ }).getByRole('article', { name: 'María José Núñez' });
    await expect.poll(() => upcoming.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);
    expect(await upcoming.getByRole('button', { name: /^Snooze/ }).count()).toBe(0);
    // Asked anyway (a notification's button, an old list): it stays due when it was.
    const [before] = (await followUpsOf('María José Núñez')).filter((f) => f.title === 'Confirm the 1:1, 2 days ahead');
    await popup.evaluate((id) => chrome.runtime.sendMessage({ id: 2, type: 'snoozeFollowUp', timestamp: Date.now(), data: { id } }), before!.id);
    const [after] = (await followUpsOf('María José Núñez')).filter((f) => f.id === before!.id);
    expect(after?.activeAt).toBe(before!.dueAt);
    await popup.close();

    // A same-day confirmation due within the half hour: the panel says until when, and it moves later.
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/42');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Date and time').fill(local(minute(Date.now() + 3 * HOUR)));
    const snooze = side.getByRole('button', { name: /^Snooze until .+: Confirm today’s 1:1$/ });
    await expect.poll(() => snooze.count()).toBe(1);
    const [due] = await followUpsOf('Sam Okafor');
    const clicked = Date.now();
    await snooze.click();
    await expect.poll(() => side.getByText(/Snoozed until/).count()).toBe(1);
    const [snoozed] = await followUpsOf('Sam Okafor');
    expect(snoozed?.activeAt).toBeGreaterThan(due!.dueAt);
    expect(snoozed?.activeAt).toBeGreaterThanOrEqual(clicked + DAY - 5_000);
    await page.close();
  });

  it('finishing a 1:1 whose confirmation was notified takes the notification away', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/88');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    // An hour and a bit away: its one confirmation is due an hour before, within the next minute or so.
    const start = Math.ceil((Date.now() + 10_000) / MIN) * MIN + HOUR;
    await side.getByLabel('Date and time').fill(local(start));
    await expect.poll(() => side.getByText('Confirm today’s 1:1').count()).toBe(1);
    const [confirm] = await followUpsOf('Lee Chan');
    expect(confirm?.dueAt).toBe(start - HOUR);
    await expect.poll(notifications, { timeout: 100_000, interval: 500 }).toEqual([`fu:${confirm!.id}`]);

    await side.getByRole('button', { name: 'Hold' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByRole('button', { name: 'Report back' }).click();
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => side.getByText(/^1:1 recorded as held on /).count()).toBe(1);
    await expect.poll(notifications).toEqual([]);
    // Finished without a report: a nudge to write it up, due in a quarter of an hour.
    await expect.poll(() => side.getByText('Write up your notes').count()).toBe(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('a week of same-day 1:1s, each confirmed promptly, reads all on time in the reports', async () => {
    const page = await suite.browser.open('http://hillcrest.nationbuilder.com/admin/signups/42');
    const side = panel(page);
    // Each of the last seven days, as the service worker sees it: its clock is set back that far.
    const setClockBack = async (ms: number) =>
      (await suite.browser.worker()).evaluate((back) => {
        const g = globalThis as { realNow?: () => number };
        g.realNow ??= Date.now.bind(Date);
        Date.now = () => g.realNow!() - back;
      }, ms);
    try {
      for (let day = 7; day >= 1; day--) {
        await setClockBack(day * DAY);
        // After the first is held, the panel offers the next one, carried from it.
        await side.getByRole('button', { name: day === 7 ? 'Plan a new 1:1' : 'Prepare the next 1:1' }).click();
        await side.getByLabel('Date and time').fill(local(minute(Date.now() - day * DAY + 2 * HOUR)));
        const done = side.getByRole('button', { name: 'Done: Confirm today’s 1:1' });
        await expect.poll(() => done.count()).toBe(1);
        await done.click();
        await expect.poll(() => done.count()).toBe(0);
        await side.getByRole('button', { name: 'Hold' }).click();
        await side.getByRole('button', { name: 'Start the 1:1' }).click();
        await side.getByRole('button', { name: 'Report back' }).click();
        await side.getByRole('button', { name: 'Finish the 1:1' }).click();
        await expect.poll(() => side.getByRole('button', { name: 'Prepare the next 1:1' }).count()).toBe(1);
      }
    } finally {
      await setClockBack(0);
    }
    await page.close();

    const reports = await ext('reports.html');
    // The last two columns of the totals: follow-ups on time, and late (the seven confirmations are the only ones done).
    const total = reports.getByRole('table').getByRole('row').last();
    await expect.poll(async () => (await total.getByRole('cell').allTextContents()).slice(-2)).toEqual(['7', '0']);
    expect(await reports.getByRole('columnheader').allTextContents()).toContain('Follow-ups on time');
    await reports.close();
  }, 180_000);
});
