import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Journey, Session, Tab } from '../driver/types';
import { DAY, badgeText, eventually, local, notificationIds } from './support';

export const LEE = { key: 'nationbuilder:riverside:id:88', url: 'http://riverside.nationbuilder.com/admin/signups/88' };

/** Writes into `dir` a backup holding one follow-up for Lee Chan due at `dueAt`; returns its path. */
export async function writeFollowUpBackup(dir: string, id: string, title: string, dueAt: number): Promise<string> {
  const now = Date.now();
  const file = join(dir, `${id}.json`);
  await writeFile(
    file,
    JSON.stringify({
      format: '1:1-companion-backup',
      version: 1,
      exportedAt: now,
      people: [{ key: LEE.key, crm: 'nationbuilder', account: 'riverside', crmId: '88', name: 'Lee Chan', url: LEE.url, createdAt: now, updatedAt: 0 }],
      meetings: [],
      commitments: [],
      followups: [{ id, personKey: LEE.key, kind: 'custom', title, dueAt, status: 'open', createdAt: now, updatedAt: now }],
      templates: [],
      settings: {},
    }),
  );
  return file;
}

/** Restores, through the options page, a backup holding one follow-up for Lee Chan due at `dueAt`; returns the options tab. */
export async function restoreFollowUp(s: Session, id: string, title: string, dueAt: number): Promise<Tab> {
  const file = await writeFollowUpBackup(s.workDir, id, title, dueAt);
  const options = await s.open(s.extensionUrl('options.html'));
  await options.getByLabel('Backup file').setInputFiles(file);
  await options.getByRole('button', { name: 'Restore' }).click();
  await eventually(() => options.getByText(/^Restored: /).count()).toBe(1);
  return options;
}

/**
 * Quiet hours are on from the start (21:00 to 08:00 in the computer's zone) and would hold or
 * move these reminders: the journeys run at any hour, so they turn them off first.
 */
async function quietHoursOff(s: Session): Promise<void> {
  const options = await s.open(s.extensionUrl('options.html'));
  const quiet = options.getByRole('checkbox', { name: 'Hold notifications during quiet hours' });
  if (await quiet.isChecked()) {
    await quiet.click();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => options.getByText('Settings saved.').count()).toBe(1);
  }
  await options.close();
}

/** Follow-ups, the toolbar badge, the popup, and the background's alarms and notifications. */
export const followUpJourneys: Journey[] = [
  {
    name: 'follow-ups and badge: an overdue promise raises the badge, the popup lists it, Done there clears it',
    async run(s) {
      await quietHoursOff(s);
      const popup = await s.open(s.extensionUrl('popup.html'));
      expect(await badgeText(popup)).toBe('');

      const tab = await s.open('http://riverside.nationbuilder.com/admin/signups/1202');
      const side = tab.panel();
      await side.getByRole('button', { name: 'Add a commitment' }).click();
      await side.getByLabel('What will be done').fill('Send Dev the meeting notes');
      await side.getByLabel('Due').fill(local(Date.now() - 2 * DAY));
      await side.getByRole('button', { name: 'Add my promise' }).click();
      // A due date in the past is asked about before it is saved.
      await side.getByRole('button', { name: 'Save with this date' }).click();
      // Its reminder fell due before it was made; its check is overdue.
      await eventually(() => badgeText(popup)).toBe('1');

      await popup.reload();
      const overdue = popup.getByRole('region', { name: /Overdue/ });
      await eventually(() => overdue.getByRole('article', { name: 'Dev Patel' }).getByRole('listitem').count()).toBe(1);
      // With the CRM sites allowed, the popup (settled: it lists the follow-up) asks for nothing.
      expect(await popup.getByRole('region', { name: 'Allow 1:1 Companion on your CRM sites' }).count()).toBe(0);
      await popup.getByRole('button', { name: 'Done: Did you do it? Send Dev the meeting notes, Dev Patel' }).click();
      await eventually(() => badgeText(popup)).toBe('');
      await tab.reload();
      // The panel still shows the promise, and no longer offers its check.
      await eventually(() => side.getByText(/Send Dev the meeting notes/).count()).toBeGreaterThan(0);
      expect(await side.getByRole('button', { name: /^Done: / }).count()).toBe(0);
      await tab.close();
      await popup.close();
    },
  },
  {
    name: 'the popup: Open brings up the person’s page with the follow-up, Done there clears the badge',
    async run(s) {
      await quietHoursOff(s);
      await (await restoreFollowUp(s, 'call-lee', 'Call Lee about the vigil', Date.now() - 60_000)).close();
      const popup = await s.open(s.extensionUrl('popup.html'));
      await eventually(() => badgeText(popup)).toBe('1');
      const person = await s.newTab(() => popup.getByRole('button', { name: 'Open Lee Chan’s page' }).click());
      expect(await person.url()).toBe(LEE.url);
      const side = person.panel();
      await eventually(() => side.getByRole('heading', { name: 'Lee Chan' }).count()).toBe(1);
      await side.getByRole('button', { name: 'Done: Call Lee about the vigil' }).click();
      const check = await s.open(s.extensionUrl('popup.html'));
      await eventually(() => badgeText(check)).toBe('');
      await check.close();
      await person.close();
    },
  },
  {
    name: 'the background: a reminder falls due after the background stopped; the alarm wakes it, the notification and badge appear',
    async run(s) {
      await quietHoursOff(s);
      const dueAt = Date.now() + 12_000;
      const options = await restoreFollowUp(s, 'soon', 'Confirm the vigil with Lee', dueAt);
      await s.stopBackground();
      expect(Date.now(), 'the background stopped before the reminder fell due').toBeLessThan(dueAt);
      // Read from a page that sends the background nothing: only the alarm can wake it.
      await expect.poll(() => notificationIds(options), { timeout: 30_000, interval: 250 }).toContain('fu:soon');
      expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
      await eventually(() => badgeText(options)).toBe('1');
      await options.close();
    },
  },
];
