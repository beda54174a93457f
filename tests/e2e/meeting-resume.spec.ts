import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, launchBrowser, panel } from './harness';

const shotsDir = process.env.OCC_SHOTS;
const shot = async (page: Page, name: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png` });
};

const DEV = 'http://riverside.nationbuilder.com/admin/signups/1202';
const LEE = 'http://riverside.nationbuilder.com/admin/signups/88';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el).catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

describe('a 1:1 in progress', () => {
  const suite = browserSuite();

  it('reopens where it was after the tab is closed, and after a browser restart', async () => {
    const page = await suite.browser.open(DEV);
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Place').fill('Union hall');
    await side.getByRole('button', { name: 'Hold' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByRole('button', { name: 'Next step' }).click();
    await side.getByLabel('Notes: Issues and stake').fill('Rent went up 20% this year');
    // Closed straight away, before the debounced save.
    await page.close({ runBeforeUnload: true });

    const again = await suite.browser.open(DEV);
    const back = panel(again);
    await expect.poll(() => back.getByRole('heading', { name: /1:1 in progress/ }).count()).toBe(1);
    await expect.poll(() => back.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }).count()).toBe(1);
    expect(await back.getByLabel('Notes: Issues and stake').inputValue()).toBe('Rent went up 20% this year');
    await back.getByRole('button', { name: 'Prepare' }).click();
    expect(await back.getByLabel('Place').inputValue()).toBe('Union hall');

    await suite.browser.close();
    suite.browser = await launchBrowser(suite.server, suite.browser.userDataDir);
    const restarted = panel(await suite.browser.open(DEV));
    await expect.poll(() => restarted.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }).count()).toBe(1);
    expect(await restarted.getByLabel('Notes: Issues and stake').inputValue()).toBe('Rent went up 20% this year');
  });

  it('two tabs on one person: the older tab is told about newer text and chooses', async () => {
    const first = await suite.browser.open(LEE);
    await panel(first).getByRole('button', { name: 'Plan a new 1:1' }).click();
    await expect.poll(() => panel(first).getByRole('status').last().textContent()).not.toMatch(/Unsaved|Saving/);
    const second = await suite.browser.open(LEE);
    await expect.poll(() => panel(second).getByLabel('Place').count()).toBe(1);

    await panel(second).getByLabel('Place').fill('Library, room 2');
    await expect.poll(() => panel(second).getByText('Saved', { exact: true }).count()).toBe(1);
    // The first tab still holds the older copy and edits the same field.
    await panel(first).getByLabel('Place').fill('Café on Main St');
    const notice = panel(first).getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Another tab saved newer text for the place of this 1:1');
    expect(await panel(first).getByLabel('Place').inputValue()).toBe('Café on Main St');
    await shot(first, 'conflict');

    await notice.getByRole('button', { name: 'Use the other tab’s text' }).click();
    await expect.poll(() => panel(first).getByLabel('Place').inputValue()).toBe('Library, room 2');
    // Nothing was overwritten: a fresh tab shows the text that was kept.
    const third = await suite.browser.open(LEE);
    await expect.poll(() => panel(third).getByLabel('Place').inputValue()).toBe('Library, room 2');

    // Choosing one's own text instead writes it over the other tab's.
    await panel(third).getByLabel('Place').fill('Community garden');
    await expect.poll(() => panel(third).getByText('Saved', { exact: true }).count()).toBe(1);
    await panel(first).getByLabel('Place').fill('Café on Main St');
    await expect.poll(() => notice.count()).toBe(1);
    await notice.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const fourth = await suite.browser.open(LEE);
    await expect.poll(() => panel(fourth).getByLabel('Place').inputValue()).toBe('Café on Main St');
  });

  it('works from the keyboard alone: plan, prepare, hold, ask and finish', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    const side = panel(page);
    const keys = page.keyboard;

    await tabTo(page, side.getByRole('button', { name: 'Plan a new 1:1' }));
    await keys.press('Enter');
    await tabTo(page, side.getByLabel('Ask 1'));
    await keys.type('Join the repairs committee');
    await tabTo(page, side.getByRole('button', { name: 'Hold' }));
    await keys.press('Enter');
    await tabTo(page, side.getByRole('button', { name: 'Start the 1:1' }));
    await keys.press('Space');
    await tabTo(page, side.getByLabel('Notes: Introduction'));
    await keys.type('Easy to talk to');
    await tabTo(page, side.getByRole('radio', { name: /Green light/ }));
    await keys.press('Space');
    expect(await side.getByRole('radio', { name: /Green light/ }).isChecked()).toBe(true);
    for (let step = 2; step <= 6; step++) {
      await tabTo(page, side.getByRole('button', { name: 'Next step' }));
      await keys.press('Enter');
      await expect.poll(() => side.getByRole('heading', { name: new RegExp(`^Step ${step} of 6`) }).count()).toBe(1);
    }
    await tabTo(page, side.getByRole('button', { name: 'Record the ask' }));
    await keys.press('Enter');
    await expect.poll(() => side.getByLabel('The ask').inputValue()).toBe('Join the repairs committee');
    await tabTo(page, side.getByRole('radio', { name: 'Clear yes' }));
    await keys.press('Space');
    await shot(page, 'keyboard-focus');
    await tabTo(page, side.getByRole('button', { name: 'Go to the report' }));
    await keys.press('Enter');
    await tabTo(page, side.getByLabel('The issue they care most about'));
    await keys.type('Repairs');
    await tabTo(page, side.getByRole('button', { name: 'Finish the 1:1' }));
    await keys.press('Enter');
    await expect.poll(() => side.getByText(/Clear yes to “Join the repairs committee”/).count()).toBe(1);
    await expect.poll(() => side.getByText(/Thank them for the 1:1/).count()).toBe(1);
  });
});
