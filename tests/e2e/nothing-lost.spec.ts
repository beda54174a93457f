import { describe, expect, it } from 'vitest';
import { browserSuite, launchBrowser, panel, reloadExtension } from './harness';

const SAM = 'http://riverside.nationbuilder.com/admin/signups/42';
const LEE = 'http://riverside.nationbuilder.com/admin/signups/88';
const notesOf = (page: Parameters<typeof panel>[0]) => panel(page).getByLabel('Notes about Sam Okafor', { exact: true });

describe('a half-typed note is not lost', () => {
  const suite = browserSuite();

  it('survives closing the tab right after typing', async () => {
    const page = await suite.browser.open(SAM);
    await notesOf(page).pressSequentially('Closed the tab fast');
    await page.close({ runBeforeUnload: true });
    const again = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(again).inputValue()).toBe('Closed the tab fast');
    await again.close();
  });

  it('survives the service worker being stopped', async () => {
    const page = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(page).inputValue()).toBe('Closed the tab fast');
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await notesOf(page).fill('Typed while the worker was stopped');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');
    await page.reload();
    await expect.poll(() => notesOf(page).inputValue()).toBe('Typed while the worker was stopped');
    await page.close();
  });

  it('survives an extension update in the middle of typing', async () => {
    const page = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(page).inputValue()).toBe('Typed while the worker was stopped');
    await notesOf(page).fill('Typed just before the update');
    // Reload the extension (as an update does) before the debounced save can run: the old
    // panel is orphaned, its messages fail.
    await reloadExtension(suite.browser);
    // The new version is injected into the open tab and saves what the old one could not.
    await page.bringToFront();
    await expect.poll(() => page.locator('one-on-one-companion').count()).toBe(1);
    await expect.poll(() => notesOf(page).inputValue(), { timeout: 15_000 }).toBe('Typed just before the update');
    await expect.poll(() => panel(page).getByRole('status').first().textContent(), { timeout: 15_000 }).not.toMatch(/Saving|Not saved/);
    // A new tab has no draft of its own: what it shows comes from the store.
    const fresh = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(fresh).inputValue()).toBe('Typed just before the update');
    await fresh.close();
    await page.close();
  });

  it('two tabs typing the same person’s notes: both versions are shown, neither is lost after a reload, Keep both keeps both', async () => {
    const a = await suite.browser.open(SAM);
    const b = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(b).inputValue()).toBe('Typed just before the update');
    await notesOf(b).fill('From tab B: works nights at the hospital');
    await expect.poll(() => panel(b).getByRole('status').first().textContent()).toBe('Saved');
    // Tab A still holds the older copy.
    await a.bringToFront();
    await notesOf(a).fill('From tab A: two kids at Lincoln');
    const choice = panel(a).getByRole('group', { name: 'Two versions of Notes about Sam Okafor' });
    await expect.poll(() => choice.count()).toBe(1);
    expect(await choice.getByText('From tab B: works nights at the hospital').count()).toBe(1);
    // Not decided by waiting, nor by a reload of either tab.
    await a.waitForTimeout(1500);
    await b.reload();
    await expect.poll(() => notesOf(b).inputValue()).toBe('From tab B: works nights at the hospital');
    await a.reload();
    await expect.poll(() => notesOf(a).inputValue()).toBe('From tab A: two kids at Lincoln');
    await expect.poll(() => choice.count()).toBe(1);

    await choice.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => choice.count()).toBe(0);
    const both = 'From tab B: works nights at the hospital\n\nFrom tab A: two kids at Lincoln';
    await expect.poll(() => notesOf(a).inputValue()).toBe(both);
    await b.reload();
    await expect.poll(() => notesOf(b).inputValue()).toBe(both);
    await a.close();
    await b.close();
  });

  it('a 1:1 with a too-long answer cannot be finished, and loses nothing', async () => {
    const page = await suite.browser.open(LEE);
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByLabel('Notes: Introduction').fill('Quiet at first, then talked about the bus route.');
    await side.getByRole('button', { name: 'Report back' }).click();
    await side.getByLabel('The issue they care most about').fill('Bus route 12');
    const access = side.getByLabel('Access needs');
    await access.fill('Needs a step-free entrance. '.repeat(20).slice(0, 540));
    await expect.poll(() => side.getByText(/40 characters over the limit of 500/).count()).toBe(1);
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => side.getByText(/Not finished: Access needs is 40 characters over its limit/).count()).toBe(1);
    // Still the 1:1 in progress, everything on screen, and after a reload too.
    await page.reload();
    const again = panel(page);
    await expect.poll(() => again.getByRole('heading', { name: /1:1 in progress/ }).count()).toBe(1);
    await again.getByRole('button', { name: 'Report back' }).click();
    expect(await again.getByLabel('Access needs').inputValue()).toHaveLength(540);
    expect(await again.getByLabel('The issue they care most about').inputValue()).toBe('Bus route 12');
    await again.getByLabel('Access needs').fill('Needs a step-free entrance.');
    await again.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => again.getByText(/1:1 recorded as held on/).count()).toBe(1);
    await again.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => again.getByText('Quiet at first, then talked about the bus route.').count()).toBeGreaterThan(0);
    expect(await again.getByText('Needs a step-free entrance.').count()).toBe(1);
  });

  it('survives a browser restart', async () => {
    const page = await suite.browser.open(SAM);
    await notesOf(page).fill('Before the restart');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');
    await suite.browser.close();
    suite.browser = await launchBrowser(suite.server, suite.browser.userDataDir);
    const again = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(again).inputValue()).toBe('Before the restart');
  });
});
