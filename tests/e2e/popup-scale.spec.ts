import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, browserSuite, scratchDir } from './harness';

const HOUR = 3_600_000;
const NAMES = ['Ana Ruiz', 'Dev Patel', 'Lee Chan', 'Sam Okafor', 'Jo Kim', 'Rosa Díaz'];

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/**
 * Restores (replacing everything) a backup with `overdue` follow-ups spread over six people,
 * every other one a commitment check, plus two due tomorrow; all already notified.
 */
async function restore(browser: Browser, dir: string, overdue: number) {
  const now = Date.now();
  const people = NAMES.map((name, i) => ({ key: `nationbuilder:riverside:id:${500 + i}`, crm: 'nationbuilder', account: 'riverside', crmId: String(500 + i), name, url: `http://riverside.nationbuilder.com/admin/signups/${500 + i}`, createdAt: now, updatedAt: now }));
  const followups = Array.from({ length: overdue + 2 }, (_, i) => {
    const dueAt = i < overdue ? now - (overdue - i) * HOUR : now + 26 * HOUR + i;
    return { id: `fu-${String(i).padStart(5, '0')}`, personKey: people[i % people.length]!.key, kind: i % 2 ? 'commitment-check' : 'custom', title: `Call back #${i + 1}`, dueAt, notifiedAt: dueAt, status: 'open', createdAt: now, updatedAt: now };
  });
  const file = join(dir, `overdue-${overdue}.json`);
  await writeFile(file, JSON.stringify({ format: '1:1-companion-backup', version: 1, exportedAt: now, people, meetings: [], commitments: [], followups, templates: [], settings: { timeZone: 'UTC' } }));
  const page = await browser.open(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByRole('radio', { name: /Replace everything here/ }).check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect.poll(() => page.getByText(/^Restored: /).count(), { timeout: 30_000 }).toBe(1);
  await page.close();
}

describe('the popup with more overdue follow-ups than it draws', () => {
  const suite = browserSuite();
  const scratch = scratchDir();
  const popup = () => suite.browser.open(`chrome-extension://${suite.browser.extensionId}/popup.html`);

  it('heads Overdue with the true count, the badge’s, and “Show more” reaches every one', async () => {
    await restore(suite.browser, scratch.path, 60);
    const ext = await popup();
    await expect.poll(() => badgeText(ext)).toBe('60');
    const overdue = ext.getByRole('region', { name: /^Overdue/ });
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 60' }).count()).toBe(1);
    const rows = overdue.getByRole('listitem');
    const drawn = await rows.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(60);
    // Most overdue first.
    await expect.poll(() => rows.first().textContent()).toMatch(/^Call back #1Due /);

    while ((await rows.count()) < 60) {
      const before = await rows.count();
      await overdue.getByRole('button', { name: /^Show more/ }).click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    expect(await rows.count()).toBe(60);
    expect(await overdue.getByRole('button', { name: /^Show more/ }).count()).toBe(0);
    expect(await overdue.getByText('Call back #60', { exact: true }).count()).toBe(1);

    // Done on the last row: the heading and the badge move together.
    await ext.getByRole('button', { name: 'Done: Call back #60, Rosa Díaz' }).click();
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 59' }).count()).toBe(1);
    await expect.poll(() => badgeText(ext)).toBe('59');
    expect(await rows.count()).toBe(59);

    // Filters: one kind, then one person, each with its own count.
    await ext.getByLabel('Kind').selectOption({ label: 'Check the commitment' });
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 29' }).count()).toBe(1);
    await ext.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 59' }).count()).toBe(1);
    await ext.getByRole('button', { name: 'Show only Lee Chan’s follow-ups' }).first().click();
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 10' }).count()).toBe(1);
    expect(await overdue.getByRole('article').count()).toBe(1);
    await ext.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 59' }).count()).toBe(1);
    await ext.close();
  });

  it('counts past the badge’s 999+ and still draws only a first page', async () => {
    await restore(suite.browser, scratch.path, 1234);
    const ext = await popup();
    await expect.poll(() => badgeText(ext)).toBe('999+');
    const overdue = ext.getByRole('region', { name: /^Overdue/ });
    await expect.poll(() => overdue.getByRole('heading', { name: 'Overdue 1,234' }).count()).toBe(1);
    expect(await overdue.getByRole('listitem').count()).toBeLessThan(50);
    expect(await ext.getByRole('heading', { name: 'Upcoming 2' }).count()).toBe(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await ext.close();
  });
});
