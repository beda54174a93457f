import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, browserSuite, launchBrowser, scratchDir, panel, panelRail } from './harness';

const shotsDir = process.env.OCC_SHOTS;
const shot = async (page: Page, name: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
};

describe('options, reports, backup and restore', () => {
  const suite = browserSuite();
  const scratch = scratchDir();

  const options = () => suite.browser.open(`chrome-extension://${suite.browser.extensionId}/options.html`);

  it('a setting changed on the options page is used by the panel', async () => {
    const page = await options();
    await page.getByLabel('Your name').fill('Alex Rivera');
    await page.getByLabel('Default agenda model').selectOption({ label: 'Story, Learn, Explain, Explore, Ask' });
    await page.getByLabel('Confirm a 1:1 (days before)').fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('needs a number').textContent()).toContain('Confirm a 1:1 (days before)');
    await page.getByLabel('Confirm a 1:1 (days before)').fill('3');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Settings saved.');
    await expect.poll(() => page.locator('p', { hasText: 'Storage:' }).textContent()).toMatch(/^Storage: (persistent|not persistent|unknown)/);
    await shot(page, 'options');

    const crm = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/42');
    const side = panel(crm);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    const model = side.getByLabel('Agenda model');
    await expect.poll(() => model.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Story, Learn, Explain, Explore, Ask');
    // The 1:1 goes into the organizer's calendar as an .ics file.
    await side.getByLabel('Date and time').fill('2027-03-04T18:30');
    await side.getByLabel('Place').fill('Library, room 2');
    const downloading = crm.waitForEvent('download');
    await side.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('1-1-with-sam-okafor.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART:20270304T183000Z'); // the test browser runs in UTC
    expect(ics).toContain('SUMMARY:1:1 with Sam Okafor');
    expect(ics).toContain('LOCATION:Library\\, room 2');
    // Hiding the panel is a setting too; saving it must not reset the others.
    // Downloading the file leaves the panel where it was.
    await crm.waitForTimeout(300);
    await expect.poll(() => side.getByLabel('Place').inputValue()).toBe('Library, room 2');
    await side.getByRole('button', { name: 'Hide panel' }).click();
    await crm.reload();
    await expect.poll(() => panelRail(crm).count()).toBe(1);
    // Reopened later, the options page shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByLabel('Confirm a 1:1 (days before)').inputValue()).toBe('3');
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Alex Rivera');
    await panelRail(crm).click();
    await crm.reload();
    await expect.poll(() => side.getByRole('button', { name: 'Hide panel' }).count()).toBe(1);
    await crm.close();
    await page.close();
  });

  it('copies, edits and deletes a template, refusing an invalid edit with its reason', async () => {
    const page = await options();
    await page.getByRole('button', { name: 'Copy Six steps' }).click();
    await page.getByLabel('Template name').fill('Six steps, short');
    await page.getByLabel('Step 1 goal').fill('');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Each step needs a goal');
    await page.getByLabel('Step 1 goal').fill('Say who you are and why you asked to meet.');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Agenda models' }).textContent()).toContain('Six steps, short');

    const crm = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1202');
    const side = panel(crm);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Agenda model').selectOption({ label: 'Six steps, short' });
    await expect.poll(() => side.getByRole('status').first().textContent()).toMatch(/Saved/);

    // A 1:1 still to be held follows it: the delete is refused, saying why, until it follows another.
    await page.getByRole('button', { name: 'Delete Six steps, short' }).click();
    await expect.poll(() => page.getByText(/is the agenda of a 1:1 not yet held/).textContent()).toMatch(/^“Six steps, short” is the agenda of a 1:1 not yet held \(with .+\)/);
    expect(await page.getByRole('list', { name: 'Agenda models' }).textContent()).toContain('Six steps, short');
    await side.getByLabel('Agenda model').selectOption({ label: 'Six steps' });
    await expect.poll(() => side.getByRole('status').first().textContent()).toMatch(/Saved/);
    await crm.close();

    await page.getByRole('button', { name: 'Delete Six steps, short' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Agenda models' }).textContent()).not.toContain('Six steps, short');
    await page.close();
  });

  it('restores a backup into a fresh profile; refuses a bad file and keeps the data', async () => {
    // Something to back up: a note about a person.
    const crm = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    await panel(crm).getByLabel('Notes about María José Núñez').fill('Prefers evenings; ask about the repairs campaign.');
    await expect.poll(() => panel(crm).getByRole('status').first().textContent()).toMatch(/Saved/);
    await crm.close();

    const page = await options();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^1-1-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(scratch.path, 'backup.json');
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    expect(backup.format).toBe('1:1-companion-backup');
    await page.close();

    const other = await launchBrowser(suite.server);
    try {
      const fresh = await other.open(`chrome-extension://${other.extensionId}/options.html`);
      // A bad file first: refused with its reason.
      const bad = join(scratch.path, 'bad.json');
      await writeFile(bad, JSON.stringify({ ...backup, meetings: [{ id: 'x' }] }));
      await fresh.getByLabel('Backup file').setInputFiles(bad);
      await fresh.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => fresh.getByText(/problem at/).textContent()).toMatch(/meetings\[0\]/);

      await fresh.getByLabel('Backup file').setInputFiles(file);
      await fresh.getByRole('radio', { name: /Replace everything here/ }).check();
      await fresh.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => fresh.getByText(/^Restored: /).textContent()).toMatch(/Restored: \d+ added/);
      // The restored settings show at once.
      await expect.poll(() => fresh.getByLabel('Your name').inputValue()).toBe('Alex Rivera');

      const restored = await other.open('http://riverside.nationbuilder.com/admin/signups/1201');
      await expect
        .poll(() => panel(restored).getByLabel('Notes about María José Núñez').inputValue())
        .toBe('Prefers evenings; ask about the repairs campaign.');
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close({ removeProfile: true });
    }
  });

  it('reports count a month’s 1:1s and export them as CSV', async () => {
    // A known data set, restored by merge through the options page.
    const now = Date.now();
    const key = 'nationbuilder:hillcrest:id:42';
    const meeting = (id: string, answer: string | undefined, isPrivate = false) => ({
      id, personKey: key, templateId: 'six-steps', status: 'held', startedAt: now - 60_000, endedAt: now - 1000,
      ask: answer ? 'Lead the phone bank' : '', answer, private: isPrivate,
      report: { issue: 'School funding', notes: isPrivate ? 'A private note' : 'Ready to lead', staffName: 'Jo Kim' },
      createdAt: now - 60_000, updatedAt: now,
    });
    const data = {
      format: '1:1-companion-backup', version: 1, exportedAt: now,
      people: [{ key, crm: 'nationbuilder', account: 'hillcrest', crmId: '42', name: 'Jordan Lee', email: 'jordan.lee@example.org', url: 'http://hillcrest.nationbuilder.com/admin/signups/42', createdAt: now, updatedAt: now }],
      meetings: [meeting('r1', 'yes'), meeting('r2', 'no', true)],
      commitments: [{ id: 'rc1', personKey: key, meetingId: 'r1', direction: 'theirs', what: '=5 parents', dueAt: now + 86_400_000, goal: 'Ten callers', status: 'kept', closedAt: now, createdAt: now - 1000, updatedAt: now }],
      followups: [], templates: [], settings: {},
    };
    const file = join(scratch.path, 'known.json');
    await writeFile(file, JSON.stringify(data));
    const page = await options();
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByText(/^Restored: /).textContent()).toBe('Restored: 4 added, 0 updated, 0 already up to date.');
    await page.getByRole('link', { name: 'Reports' }).first().click();
    await page.waitForURL(/reports\.html/);

    const month = page.getByRole('table').getByRole('row').nth(6); // header + 6 months: this month is last
    await expect.poll(() => month.getByRole('cell').allTextContents()).toEqual(['2', '2', '1', '0', '1', '1', '1', '0', '0']);
    await expect.poll(() => page.getByRole('img', { name: /Chart by month/ }).count()).toBe(1);
    await shot(page, 'reports');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download 1:1 reports (CSV)' }).click();
    const csvPath = join(scratch.path, 'report.csv');
    await (await downloading).saveAs(csvPath);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFDate,Organizer,Person,Email,Phone,Relationship,Issue,Commitment,Staff follow-up,Notes')).toBe(true);
    expect(csv).toContain('Jordan Lee');
    expect(csv).toContain("'=5 parents");
    expect(csv).toContain('Ready to lead');
    expect(csv).not.toContain('A private note');
    await page.close();
  });
});
