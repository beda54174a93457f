import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, scratchDir, panel } from './harness';

const DAY = 86_400_000;
const shotsDir = process.env.OCC_SHOTS;
const shot = async (page: Page, name: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
};

const SAM = { key: 'nationbuilder:riverside:id:42', name: 'Sam Okafor', url: 'http://riverside.nationbuilder.com/admin/signups/42' };
const DEV = { key: 'nationbuilder:riverside:id:1202', name: 'Dev Patel', url: 'http://riverside.nationbuilder.com/admin/signups/1202' };

/** A held 1:1 as a team file carries it. */
function held(id: string, at: number, person: typeof SAM, over: Record<string, unknown> = {}) {
  return { id, at, status: 'held', person, model: 'Six steps', ask: '', ladder: 'unknown', commitments: [], ...over };
}

/** One organizer's team report file, as "Share with staff" writes it. */
function teamFile(organizer: { id: string; name: string }, madeAt: number, meetings: unknown[], extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return JSON.stringify({
    format: '1:1-companion-team-report',
    version: 1,
    madeAt,
    organizer,
    timeZone: 'UTC',
    period: { from: now - 60 * DAY, to: now + 30 * DAY },
    includesNotes: false,
    meetings,
    followUps: { months: [], overdueNow: 0 },
    drives: [],
    ...extra,
  });
}

const ANA = { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Ana Ruiz' };
const BEN = { id: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Ben Cho' };

describe('teams: the team page, recently contacted, drive goals', () => {
  const suite = browserSuite();
  const scratch = scratchDir();
  const extPage = (name: string) => suite.browser.open(`chrome-extension://${suite.browser.extensionId}/${name}.html`);
  const write = async (name: string, text: string) => {
    const file = join(scratch.path, name);
    await writeFile(file, text);
    return file;
  };

  it('two organizers’ files imported on the team page give the expected table; a newer file replaces, a bad one is refused', async () => {
    const now = Date.now();
    const kept = { direction: 'theirs', what: 'Host a house meeting', dueAt: now + 5 * DAY, status: 'kept', madeAt: now - 5 * DAY };
    const ana = await write(
      'ana.json',
      teamFile(ANA, now - DAY, [
        held('a1', now - 5 * DAY, SAM, { ask: 'Host a house meeting', answer: 'yes', commitments: [kept] }),
        held('a2', now - 9 * DAY, DEV, { ask: 'Come to the huddle', answer: 'ambivalent' }),
        held('a3', now - 20 * DAY, DEV),
      ], { followUps: { months: [{ month: new Date(now - 5 * DAY).toISOString().slice(0, 7), onTime: 4, late: 1 }], overdueNow: 2 } }),
    );
    const ben = await write('ben.json', teamFile(BEN, now - 2 * DAY, [held('b1', now - 3 * DAY, DEV, { ask: 'Join the lobby visit', answer: 'yes' })]));

    const page = await extPage('team');
    await page.getByLabel('Team report files', { exact: true }).setInputFiles([ana, ben]);
    const results = page.getByRole('status', { name: 'What happened to each file' });
    await expect.poll(() => results.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^ana\.json: added the file from Ana Ruiz, made /),
      expect.stringMatching(/^ben\.json: added the file from Ben Cho, made /),
    ]);

    const table = page.getByRole('region', { name: 'Organizers by month' }).getByRole('table');
    const cells = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allTextContents();
    // held, asks, clear yes, commitments made, kept, follow-ups on time, late, overdue now
    await expect.poll(() => cells('Ana Ruiz')).toEqual(['3', '2', '1', '1', '1', '4', '1', '2']);
    expect(await cells('Ben Cho')).toEqual(['1', '1', '1', '0', '0', '0', '0', '0']);
    expect(await cells('Team total')).toEqual(['4', '3', '2', '1', '1', '4', '1', '2']);
    await expect.poll(() => page.getByRole('img', { name: /^Chart by month\./ }).count()).toBe(1);
    const files = page.getByRole('region', { name: 'Files' });
    expect(await files.getByRole('row', { name: /^Ana Ruiz/ }).getByRole('cell').first().textContent()).toMatch(/\d/);
    await shot(page, 'team-page');

    // A newer file from Ana replaces hers, and the page says so; a bad file changes nothing.
    const newer = await write('ana-newer.json', teamFile(ANA, now, [held('a1', now - 5 * DAY, SAM), held('a4', now - DAY, SAM)]));
    const bad = await write('bad.json', teamFile(BEN, now, [held('b1', now - 3 * DAY, DEV), held('b1', now - 2 * DAY, DEV)]));
    await page.getByLabel('Team report files', { exact: true }).setInputFiles([newer, bad]);
    await expect.poll(() => results.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^ana-newer\.json: replaced the file from Ana Ruiz made .+ with this newer one, made /),
      expect.stringMatching(/^bad\.json was not imported, and nothing changed: The file has a duplicate at meetings\[1\]\.id/),
    ]);
    await expect.poll(() => cells('Ana Ruiz')).toEqual(['2', '0', '0', '0', '0', '0', '0', '0']);
    expect(await cells('Ben Cho')).toEqual(['1', '1', '1', '0', '0', '0', '0', '0']);

    // The roll-up as a CSV.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the roll-up (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^team-roll-up-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.close();
  });

  it('a person one of them met five days ago shows the notice in the panel, above "Plan a new 1:1"', async () => {
    const person = await suite.browser.open(SAM.url);
    const side = panel(person);
    const notice = side.getByRole('region', { name: 'Recently contacted' });
    await expect.poll(() => notice.getByText(/^Ana Ruiz held a 1:1 with them on /).count()).toBe(1);
    const plan = side.getByRole('button', { name: 'Plan a new 1:1' });
    const [noticeBox, planBox] = await Promise.all([notice.boundingBox(), plan.boundingBox()]);
    expect(noticeBox!.y).toBeLessThan(planBox!.y);
    await shot(person, 'recently-contacted');

    // A person no one else met lately shows no notice.
    await person.goto('http://riverside.nationbuilder.com/admin/signups/88');
    await expect.poll(() => side.getByRole('heading', { name: 'Lee Chan' }).count()).toBe(1);
    expect(await side.getByRole('region', { name: 'Recently contacted' }).count()).toBe(0);
    await person.close();
  });

  it('a drive goal shows its progress in the popup after a 1:1 is finished', async () => {
    const reports = await extPage('reports');
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const drives = reports.getByRole('region', { name: '1:1 drives' });
    await drives.getByLabel('Name (optional)').fill('Winter drive');
    await drives.getByLabel('1:1s to hold').fill('10');
    await drives.getByLabel('From').fill(day(Date.now() - DAY));
    await drives.getByLabel('To (included)').fill(day(Date.now() + 40 * DAY));
    await drives.getByRole('button', { name: 'Add drive' }).click();
    await expect.poll(() => drives.getByRole('status').textContent()).toBe('Saved: Winter drive');
    await expect.poll(() => drives.getByRole('listitem', { name: 'Winter drive' }).textContent()).toMatch(/0 of 10, about 2 a week to go; on track/);
    await shot(reports, 'drives');

    let popup = await extPage('popup');
    const driveIn = (p: Page) => p.getByRole('region', { name: 'Drives' }).getByRole('listitem', { name: 'Winter drive' });
    await expect.poll(() => driveIn(popup).textContent()).toMatch(/0 of 10, about 2 a week to go; on track/);
    await popup.close();

    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByRole('button', { name: 'Report back' }).click();
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    // Never started: the panel asks before it records the 1:1 as held today.
    await side.getByRole('button', { name: 'Record as held' }).click();
    await expect.poll(() => side.getByRole('button', { name: 'Prepare the next 1:1' }).count()).toBe(1);
    // The organizer's own 1:1 counts as recent contact too.
    await expect.poll(() => side.getByText(/^You held a 1:1 with them on /).count()).toBe(1);

    popup = await extPage('popup');
    await expect.poll(() => driveIn(popup).textContent()).toMatch(/1 of 10, about 2 a week to go; on track/);
    await shot(popup, 'popup-drive');
    expect(suite.browser.pageErrors).toEqual([]);
  });
});
