import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { browserSuite, panel } from './harness';

const DAY = 86_400_000;
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const hasFocus = (target: Locator) => target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el).catch(() => false);

describe('past 1:1s, cancelling and removing, with a way back', () => {
  const suite = browserSuite();

  it('cancel offers undo and names what went; a cancelled 1:1 stays in the history and can be restored after a reload', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1202');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Date and time').fill(local(Math.ceil((Date.now() + 4 * DAY) / 3_600_000) * 3_600_000));
    await side.getByLabel('Place', { exact: true }).fill('Union hall');
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);

    await side.getByRole('button', { name: 'Cancel this 1:1' }).click();
    const notice = side.getByText(/The 1:1 planned for .+ is cancelled\. Its confirmation reminders are off/);
    await expect.poll(() => hasFocus(notice)).toBe(true);
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(0);
    await side.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => side.getByLabel('Place', { exact: true }).inputValue()).toBe('Union hall');
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);

    await side.getByRole('button', { name: 'Cancel this 1:1' }).click();
    await page.reload();
    const again = panel(page);
    await expect.poll(() => again.getByText(/· Cancelled$/).count()).toBe(1);
    await again.getByRole('button', { name: /^Restore the 1:1 of / }).click();
    await expect.poll(() => again.getByLabel('Place', { exact: true }).inputValue()).toBe('Union hall');
    await expect.poll(() => again.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);
    expect(suite.browser.pageErrors).toEqual([]);
  });

  it('a removed commitment comes back with Undo; a past due date is asked about and shows its year', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/88');
    const side = panel(page);
    await side.getByRole('button', { name: 'Add a commitment' }).click();
    await side.getByLabel('What will be done').fill('Call Lee about the vigil');
    await side.getByLabel('Due').fill('2020-03-03T15:00');
    await side.getByRole('button', { name: 'Add my promise' }).click();
    await expect.poll(() => side.getByText(/Tue, Mar 3, 2020.* has already passed/).count()).toBe(1);
    await side.getByLabel('Due').fill(local(Date.now() + 3 * DAY));
    await side.getByRole('button', { name: 'Add my promise' }).click();
    await expect.poll(() => side.getByRole('button', { name: 'Remove: Call Lee about the vigil' }).count()).toBe(1);

    await side.getByRole('button', { name: 'Remove: Call Lee about the vigil' }).click();
    const undo = side.getByRole('button', { name: 'Undo removing: Call Lee about the vigil' });
    await expect.poll(() => hasFocus(undo)).toBe(true);
    await expect.poll(() => side.getByText(/Your promise is coming up: Call Lee about the vigil/).count()).toBe(0);
    await undo.click();
    await expect.poll(() => side.getByRole('button', { name: 'Remove: Call Lee about the vigil' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => panel(page).getByRole('button', { name: 'Edit: Call Lee about the vigil' }).count()).toBe(1);
    await expect.poll(() => panel(page).getByText(/Call Lee about the vigil/).count()).toBeGreaterThan(1); // the list and its follow-ups
  });

  it('opens a past 1:1 in a read view from the history, and prepares the next one from it', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/42');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByLabel('Notes: Introduction').fill('Runs the PTA phone tree.');
    await side.getByRole('button', { name: 'Report back' }).click();
    await side.getByLabel('What you learned (about them, the neighbourhood, the strategy)').fill('The school board meets on Tuesdays.');
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
    await page.reload();

    const again = panel(page);
    const entry = again.getByRole('button', { name: /^Open the 1:1 of / });
    await entry.click();
    const read = again.getByRole('region', { name: /^1:1 of / });
    await expect.poll(() => hasFocus(read.getByRole('heading', { name: /^1:1 of / }))).toBe(true);
    expect(await read.getByText('Runs the PTA phone tree.', { exact: true }).count()).toBe(1);
    expect(await read.getByText('The school board meets on Tuesdays.').count()).toBe(1);
    await read.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => hasFocus(entry)).toBe(true);

    await again.getByRole('button', { name: 'Prepare the next 1:1' }).click();
    await expect.poll(() => again.getByLabel('What you already know about them').inputValue()).toMatch(/Learned on .+: The school board meets on Tuesdays\./);
    await expect.poll(() => hasFocus(again.getByLabel('How you know them, or who referred you'))).toBe(true);
  });
});
