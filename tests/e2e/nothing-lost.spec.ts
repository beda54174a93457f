import { beforeAll, describe, expect, it } from 'vitest';
import { type Browser, browserSuite, launchBrowser, panel, reloadExtension } from './harness';

const SAM = 'http://riverside.nationbuilder.com/admin/signups/42';
const notesOf = (page: Parameters<typeof panel>[0]) => panel(page).getByLabel('Notes about Sam Okafor');

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
    await expect.poll(() => panel(page).getByRole('status').first().textContent(), { timeout: 15_000 }).not.toMatch(/Unsaved|Saving|Not saved/);
    // A new tab has no draft of its own: what it shows comes from the store.
    const fresh = await suite.browser.open(SAM);
    await expect.poll(() => notesOf(fresh).inputValue()).toBe('Typed just before the update');
    await fresh.close();
    await page.close();
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
