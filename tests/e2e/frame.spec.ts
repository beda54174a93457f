import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, panel, panelFrame, panelFrameElement, panelRail, personName } from './harness';

const SPY = 'http://testbed.nationbuilder.com/admin/signups/1';
const CSP = 'http://testbed.nationbuilder.com/admin/signups/2';
const TOOLBAR = 'http://testbed.nationbuilder.com/admin/signups/3';
const WIDE = 'http://testbed.nationbuilder.com/admin/signups/4';

/** The frame's box on the CRM page, in the page's own coordinates. */
async function frameBox(page: Page) {
  const box = (await panelFrameElement(page).boundingBox())!;
  return { x: Math.round(box.x), width: Math.round(box.width), right: Math.round(box.x + box.width) };
}

describe('the panel in its own frame', () => {
  const suite = browserSuite();

  it('keeps what the organizer types and reads away from the page, and ignores clicks the page makes', async () => {
    const page = await suite.browser.open(SPY);
    await expect.poll(() => personName(page)).toBe('Rosa Spielman');
    const notes = panel(page).getByLabel('Notes about Rosa Spielman');
    await notes.click();
    await notes.pressSequentially('Immigration hearing Tuesday');
    // Before the save lands, the text is only a draft: the page's storage holds none of it.
    const early = await page.evaluate(() => (window as unknown as { __spyLook(): string[] }).__spyLook().join('\n'));
    expect(early).not.toContain('Immigration');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');

    const spy = await page.evaluate(() => {
      const w = window as unknown as { __spy: { keys: string[]; inputs: string[] }; __spyLook(): string[]; __spyPress(): number };
      return { keys: w.__spy.keys, inputs: w.__spy.inputs, found: w.__spyLook(), pressed: w.__spyPress() };
    });
    // No key and no input from the panel reached the page's listeners.
    expect(spy.keys).toEqual([]);
    expect(spy.inputs).toEqual([]);
    // Nothing of the panel is readable through the DOM, the frames or the page's storage.
    const everything = spy.found.join('\n');
    expect(everything).not.toContain('Immigration');
    expect(everything).not.toContain('Notes about');
    expect(everything).not.toContain('Plan a new 1:1');
    // The frame itself is there to see, but not into.
    expect(spy.found.some((entry) => entry.startsWith('frame:'))).toBe(false);
    expect(spy.found).toContain('frame-blocked');
    // The page could press none of the panel's buttons: no 1:1 was planned, nothing folded.
    expect(spy.pressed).toBe(0);
    await page.evaluate(() => {
      document.querySelector('one-on-one-companion')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'O', code: 'KeyO', altKey: true, shiftKey: true, bubbles: true }));
    });
    await new Promise((done) => setTimeout(done, 300));
    expect(await panel(page).getByRole('button', { name: 'Plan a new 1:1' }).count()).toBe(1);
    expect(await panel(page).getByRole('button', { name: 'Hide panel' }).count()).toBe(1);
    // What was typed is stored.
    await page.reload();
    await expect.poll(() => panel(page).getByLabel('Notes about Rosa Spielman').inputValue()).toBe('Immigration hearing Tuesday');
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('cannot be found by a page probing for its files', async () => {
    const page = await suite.browser.open(SPY);
    await expect.poll(() => personName(page)).toBe('Rosa Spielman');
    const probe = await page.evaluate(async (id) => {
      try {
        await fetch(`chrome-extension://${id}/panel.html`);
        return 'loaded';
      } catch {
        return 'blocked';
      }
    }, suite.browser.extensionId);
    expect(probe).toBe('blocked');
    await page.close();
  });

  it('docks beside the page: the person card and a fixed toolbar on the right stay visible and usable; folding gives the room back', async () => {
    const page = await suite.browser.open(TOOLBAR);
    await expect.poll(() => personName(page)).toBe('Tomás Herrera');
    const edge = await page.evaluate(() => document.documentElement.clientWidth + document.documentElement.getBoundingClientRect().width * 0);
    const box = await frameBox(page);
    expect(box.right).toBe(await page.evaluate(() => window.innerWidth - (window.innerWidth - document.documentElement.clientWidth)));
    const card = (await page.getByRole('region', { name: 'Person card' }).boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(box.x);
    const toolbar = page.getByRole('toolbar', { name: 'Record tools' });
    const tools = (await toolbar.boundingBox())!;
    expect(tools.x + tools.width).toBeLessThanOrEqual(box.x + 1);
    // A trial click fails if anything (the panel) would catch it instead.
    for (const name of ['Call', 'Tag', 'Merge']) await toolbar.getByRole('button', { name }).click({ trial: true, timeout: 2000 });

    await panel(page).getByRole('button', { name: 'Hide panel' }).click();
    await expect.poll(() => panelRail(page).count()).toBe(1);
    const folded = (await page.getByRole('region', { name: 'Person card' }).boundingBox())!;
    expect(folded.width).toBeGreaterThan(card.width + 300);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    await panelRail(page).click();
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(edge).toBeGreaterThan(0);
    await page.close();

    // The demo NationBuilder page: its person card and its fixed "Save person" button at the
    // bottom right stay in view and clickable beside the open panel, at 1366×768.
    const nb = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    await nb.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => personName(nb)).toBe('María José Núñez');
    const nbFrame = await frameBox(nb);
    const save = nb.getByRole('button', { name: 'Save person' });
    await expect.poll(async () => { const b = (await save.boundingBox())!; return b.x + b.width <= nbFrame.x; }).toBe(true);
    await save.click({ trial: true, timeout: 2000 });
    const overview = (await nb.locator('[data-demo="profile-overview"]').boundingBox())!;
    expect(overview.x + overview.width).toBeLessThanOrEqual(nbFrame.x);
    await nb.close();
  });

  it('stays with a page that does not leave after all (a link the browser does not follow), with what was typed', async () => {
    const page = await suite.browser.open(TOOLBAR);
    await expect.poll(() => personName(page)).toBe('Tomás Herrera');
    // Named for screen readers, in the organizer's language.
    expect(await panelFrameElement(page).getAttribute('title')).toBe('1:1 Companion');
    const notes = panel(page).getByLabel('Notes about Tomás Herrera');
    await notes.click();
    await notes.pressSequentially('Call back about the lease');
    // The page starts to leave (the panel is taken down with it) but the server sends nothing.
    await page.getByRole('link', { name: 'Export this person' }).click();
    await expect.poll(() => panelFrameElement(page).count()).toBe(0);
    await expect.poll(() => personName(page), { timeout: 5000 }).toBe('Tomás Herrera');
    expect(page.url()).toBe(TOOLBAR);
    await expect.poll(() => panel(page).getByLabel('Notes about Tomás Herrera').inputValue()).toBe('Call back about the lease');
    // The person's email link does not take the page away: the panel does not blink out for it.
    await page.getByRole('link', { name: 'tomas.h@example.org' }).click();
    for (let look = 0; look < 6; look++) {
      expect(await panelFrameElement(page).count()).toBe(1);
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('is one key away: the shortcut moves focus from the page into the panel, where the organizer starts', async () => {
    const page = await suite.browser.open(TOOLBAR);
    await expect.poll(() => personName(page)).toBe('Tomás Herrera');
    await page.getByRole('region', { name: 'Person card' }).click();
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => panelFrame(page).locator(':focus').textContent()).toMatch(/Plan a new 1:1|Prepare the next 1:1/);
    // Pressed again from inside the panel, it folds it and gives the room back.
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => panelRail(page).count()).toBe(1);
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.close();
  });

  it('remembers a width set by keyboard', async () => {
    const page = await suite.browser.open(TOOLBAR);
    await expect.poll(() => personName(page)).toBe('Tomás Herrera');
    const before = await frameBox(page);
    const handle = () => panelFrame(page).getByRole('separator', { name: /Panel width/ });
    await handle().focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await frameBox(page)).width).toBe(before.width + 32);
    await page.reload();
    await expect.poll(() => personName(page)).toBe('Tomás Herrera');
    await expect.poll(async () => (await frameBox(page)).width).toBe(before.width + 32);
    await handle().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await frameBox(page)).width).toBe(before.width);
    await page.close();
  });

  it('says how to fold it on a page whose layout ignores the room', async () => {
    const page = await suite.browser.open(WIDE);
    await expect.poll(() => personName(page)).toBe('Wren Wide');
    await expect.poll(() => panel(page).getByText(/does not make room/).count()).toBe(1);
    await page.close();
  });

  it('loads on a page whose Content-Security-Policy allows only its own frames', async () => {
    const page = await suite.browser.open(CSP);
    await expect.poll(() => personName(page)).toBe('Casey Policy');
    await page.close();
  });
});
