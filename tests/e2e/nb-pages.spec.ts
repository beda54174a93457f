import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, panel, personName } from './harness';
import { route as nationbuilderPage } from '../../demo/sites/nationbuilder.mjs';

const shotsDir = process.env.OCC_SHOTS;
const shot = async (page: Page, name: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png` });
};

/** The person stored under `key`, read from the extension's own database in its service worker. */
async function stored(suite: ReturnType<typeof browserSuite>, key: string): Promise<{ name: string; nameFromPage?: string } | null> {
  const worker = await suite.browser.worker();
  return worker.evaluate(
    (k) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('one-on-one-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('people').objectStore('people').get(k);
          get.onsuccess = () => {
            resolve(get.result ?? null);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/** Serious or critical accessibility problems axe-core finds in the panel. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [['one-on-one-companion']] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('NationBuilder pages as real nations build them', () => {
  const suite = browserSuite();

  it('names the person from the page’s name field, not the organization in its header, and marks the opted-out address', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1301');
    // The header's h1 names the organization; the old reading called the person by it.
    expect(await page.getByRole('banner').getByRole('heading', { level: 1 }).textContent()).toBe('Riverside Tenants Union');
    await expect.poll(() => personName(page)).toBe('Renée Díaz-Okoro');
    const side = panel(page);
    await expect.poll(() => side.getByLabel('Notes about Renée Díaz-Okoro').count()).toBe(1);
    expect(await side.getByText('opted out of email').isVisible()).toBe(true);
    expect(await side.getByText('renee.do@example.org').isVisible()).toBe(true);
    // The signed-in organizer's address in the header is not the person's.
    expect(await side.getByText('organizer@riverside.example.org').count()).toBe(0);
    await shot(page, 'nb-signup-structure');

    // The Email tab and older activity pages are the same person.
    await page.getByRole('link', { name: 'Email', exact: true }).click();
    await page.waitForURL(/\/admin\/signups\/1301\/email$/);
    await expect.poll(() => personName(page)).toBe('Renée Díaz-Okoro');
    await page.goto('http://riverside.nationbuilder.com/admin/signups/1301');
    await page.getByRole('link', { name: 'Older activity' }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => personName(page)).toBe('Renée Díaz-Okoro');
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('a "Page not found" under a person’s address shows no one and stores no one', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/4040');
    const side = panel(page);
    await expect.poll(() => side.getByRole('heading', { name: 'No one on this page' }).count()).toBe(1);
    // The page was served with 404, and the panel knew it from the browser, not only from the words.
    expect(await side.getByRole('status').textContent()).toBe('This is an error page (the site answered with status 404), so it shows no person.');
    expect(await side.getByLabel('Their name').count()).toBe(0);
    expect(await side.getByRole('heading', { name: 'Page not found' }).count()).toBe(0);
    await new Promise((done) => setTimeout(done, 300));
    expect(await stored(suite, 'nationbuilder:riverside:id:4040')).toBeNull();
    await shot(page, 'nb-not-found');
    await page.close();
  });

  it('a corrected name survives a reload, and gives way when the page itself shows another name', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1302');
    const side = panel(page);
    await expect.poll(() => personName(page)).toBe('Tomás Whitfield');
    await side.getByRole('button', { name: 'Correct the name' }).click();
    await side.getByLabel('Their name').fill('Tomás Whitfield-Ortiz');
    await side.getByRole('button', { name: 'Save the name' }).click();
    await expect.poll(() => personName(page)).toBe('Tomás Whitfield-Ortiz');
    await expect.poll(() => side.getByLabel('Notes about Tomás Whitfield-Ortiz').count()).toBe(1);

    await page.reload();
    await expect.poll(() => side.getByText('You corrected this name. The page shows “Tomás Whitfield”.').count()).toBe(1);
    expect(await personName(page)).toBe('Tomás Whitfield-Ortiz');
    await shot(page, 'nb-corrected-name');

    // The nation renames them: the page's new name wins over the old correction.
    await page.route('**/admin/signups/1302', (route) => {
      const url = new URL(route.request().url());
      const html = nationbuilderPage(url.hostname, url)!.html.replace('<div class="signup-name">Tomás Whitfield</div>', '<div class="signup-name">Tom Whitfield</div>');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    await page.reload();
    await expect.poll(() => personName(page)).toBe('Tom Whitfield');
    expect(await side.getByText(/You corrected this name/).count()).toBe(0);
    expect(await stored(suite, 'nationbuilder:riverside:id:1302')).toMatchObject({ name: 'Tom Whitfield' });
    await page.close();
  });

  it('the opted-out mark, the correction form and the no-one note have no serious accessibility problems', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1301');
    const side = panel(page);
    await expect.poll(() => personName(page)).toBe('Renée Díaz-Okoro');
    await side.getByRole('button', { name: 'Correct the name' }).click();
    expect(await axeProblems(page)).toEqual([]);
    await page.goto('http://riverside.nationbuilder.com/admin/signups/4040');
    await expect.poll(() => side.getByRole('heading', { name: 'No one on this page' }).count()).toBe(1);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});
