import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, launchBrowser, panel } from './harness';

const ARTIFACTS = resolve(import.meta.dirname, '.artifacts');
const DAY = 86_400_000;
const DEV = 'http://riverside.nationbuilder.com/admin/signups/1202';
const LEE = 'http://riverside.nationbuilder.com/admin/signups/88';
const MARIA = 'http://riverside.nationbuilder.com/admin/signups/1201';
const SAM = 'http://riverside.nationbuilder.com/admin/signups/42';

const hasFocus = (target: Locator) => target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el).catch(() => false);

/** Keys pressed besides typed text, counted like the organizer's hand would. */
function keyboard(page: Page) {
  let presses = 0;
  return {
    get presses() {
      return presses;
    },
    async press(key: string) {
      presses++;
      await page.keyboard.press(key);
    },
    /** Presses Tab until `target` has focus; fails if it never does. */
    async tabTo(target: Locator, max = 40) {
      for (let i = 0; i < max; i++) {
        if (await hasFocus(target)) return;
        presses++;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target}`);
    },
    type: (text: string) => page.keyboard.type(text),
    /**
     * One Tab out of a date field to `next`. Typed by a person, the digits end on the field's
     * last part, so one Tab leaves it; filled by the test, the field's caret stays on its first
     * part, so the move is made for it and counted as the one Tab it is.
     */
    async leaveDate(next: Locator) {
      presses++;
      await next.focus();
    },
  };
}

/**
 * A datetime-local value. In this Chromium, automated key events do not reach the field's
 * segments (a known limitation of driving date inputs), so the test fills the focused field;
 * a person types the digits, which move from segment to segment on their own: no extra keys.
 */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** Whether `target` is on screen and not covered (by the sticky stage bar or footer, say). */
const inView = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const root = el.getRootNode() as Document | ShadowRoot;
    const probe = (y: number) => {
      const hit = root.elementFromPoint(r.left + Math.min(r.width / 2, 20), y);
      return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
    };
    return r.top >= 0 && r.bottom <= innerHeight && probe(r.top + 2) && probe(r.bottom - 2);
  });

describe('a 1:1 in progress', () => {
  const suite = browserSuite();

  it('reopens where it was after the tab is closed, and after a browser restart', async () => {
    const page = await suite.browser.open(DEV);
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Place').fill('Union hall');
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

  it('two tabs on one person: the older tab shows both versions and the organizer chooses', async () => {
    const place = (page: Page) => panel(page).getByLabel('Place', { exact: true });
    const first = await suite.browser.open(LEE);
    await panel(first).getByRole('button', { name: 'Plan a new 1:1' }).click();
    await expect.poll(() => place(first).count()).toBe(1);
    const second = await suite.browser.open(LEE);
    await expect.poll(() => panel(second).getByLabel('Place').count()).toBe(1);

    await place(second).fill('Library, room 2');
    await expect.poll(() => panel(second).getByText('Saved', { exact: true }).count()).toBe(1);
    // The first tab still holds the older copy and edits the same field.
    await place(first).fill('Café on Main St');
    const choice = panel(first).getByRole('group', { name: 'Two versions of Place' });
    await expect.poll(() => choice.getByRole('alert').textContent()).toContain('Another tab saved newer text for Place');
    expect(await choice.getByText('Library, room 2').count()).toBe(1);
    // Typing elsewhere does not decide it.
    await panel(first).getByLabel('Ask 1').fill('Join the huddle');
    await first.waitForTimeout(1500);
    expect(await choice.count()).toBe(1);
    expect(await place(first).inputValue()).toBe('Café on Main St');

    await choice.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => place(first).inputValue()).toBe('Library, room 2');
    // Nothing was overwritten, and the other field this tab typed was saved: a fresh tab shows both.
    const third = await suite.browser.open(LEE);
    await expect.poll(() => place(third).inputValue()).toBe('Library, room 2');
    expect(await panel(third).getByLabel('Ask 1').inputValue()).toBe('Join the huddle');

    // Choosing one's own text instead writes it over the other tab's.
    await place(third).fill('Community garden');
    await expect.poll(() => panel(third).getByText('Saved', { exact: true }).count()).toBe(1);
    await place(first).fill('Café on Main St');
    await expect.poll(() => choice.count()).toBe(1);
    await choice.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => choice.count()).toBe(0);
    const fourth = await suite.browser.open(LEE);
    await expect.poll(() => place(fourth).inputValue()).toBe('Café on Main St');
  });

  it('works from the keyboard alone: a whole 1:1 in at most 60 non-text keys, focus following each step', async () => {
    const page = await suite.browser.open(MARIA);
    await page.setViewportSize({ width: 1366, height: 768 });
    const side = panel(page);
    const keys = keyboard(page);
    const focused = (target: Locator) => expect.poll(() => hasFocus(target)).toBe(true);

    await keys.tabTo(side.getByRole('button', { name: 'Plan a new 1:1' }), 60);
    const toPanel = keys.presses;
    await keys.press('Enter');
    await focused(side.getByLabel('How you know them, or who referred you'));
    await keys.type('Dev referred her');
    await keys.tabTo(side.getByLabel('Ask 1'));
    await keys.type('Join the repairs committee');
    await keys.tabTo(side.getByLabel('Ask 2'));
    await keys.type('Come to the Thursday huddle');
    await keys.tabTo(side.getByLabel('Date and time'));
    const start = Math.ceil((Date.now() + 5 * DAY) / 3_600_000) * 3_600_000;
    await side.getByLabel('Date and time').fill(local(start));
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);
    await keys.press('Control+Enter'); // Start the 1:1

    await focused(side.getByLabel('Notes: Introduction'));
    await keys.type('Easy to talk to');
    await keys.tabTo(side.getByRole('radio', { name: /Green light/ }));
    await keys.press('Space');
    expect(await side.getByRole('radio', { name: /Green light/ }).isChecked()).toBe(true);
    for (const step of ['Issues and stake', 'Agitation', 'Educate, vision and plan to win']) {
      await keys.press('Control+Enter'); // Next step
      await focused(side.getByLabel(`Notes: ${step}`));
      await keys.type(`About ${step.toLowerCase()}`);
    }
    await keys.press('Control+Enter');
    const ask = side.getByLabel('The ask', { exact: true });
    await focused(ask);
    expect(await ask.inputValue()).toBe('Join the repairs committee');
    await keys.tabTo(side.getByLabel('By when'));
    await side.getByLabel('By when').fill(local(start + 10 * DAY));
    await keys.leaveDate(side.getByLabel('What it is for (the goal)'));
    await keys.type('Fix the boilers before winter');
    await keys.tabTo(side.getByRole('radio', { name: 'Clear yes' }));
    await keys.press('Space');
    await keys.tabTo(side.getByRole('button', { name: 'Add as their commitment' }));
    await keys.press('Enter');
    await expect.poll(() => side.getByText(/Recorded as their commitment/).count()).toBe(1);

    await keys.press('Control+Enter');
    await focused(side.getByLabel('What will be done'));
    await keys.type('Send the boiler petition');
    await keys.tabTo(side.getByLabel('Due', { exact: true }));
    await side.getByLabel('Due', { exact: true }).fill(local(start + 2 * DAY));
    await keys.leaveDate(side.getByLabel('What it is for, or how many'));
    await keys.tabTo(side.getByRole('button', { name: 'Add my promise' }));
    await keys.press('Enter');
    await expect.poll(() => side.getByText(/Saved: Send the boiler petition/).count()).toBe(1);
    await keys.press('Control+Enter'); // Go to the report
    await focused(side.getByLabel('The issue they care most about'));
    await keys.type('Repairs');
    await keys.press('Control+Enter'); // Finish the 1:1

    await expect.poll(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
    await focused(side.getByText(/1:1 recorded as held on/));
    await expect.poll(() => side.getByText(/Clear yes to “Join the repairs committee”/).count()).toBe(1);
    await expect.poll(() => side.getByText(/Send the boiler petition/).count()).toBeGreaterThan(0);
    console.log(`keyboard only: ${keys.presses} non-text keys (${toPanel} Tabs from the page's start to the panel's first action)`);
    expect(keys.presses).toBeLessThanOrEqual(60);
  });

  it('a Hold step fits at 1366×768, and tabbing back into the lights lands on Green, not Yellow', async () => {
    for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
      const page = await suite.browser.open(size.width === 1366 ? SAM : 'http://riverside.nationbuilder.com/admin/signups/77');
      await page.setViewportSize(size);
      const side = panel(page);
      await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
      await side.getByRole('button', { name: 'Start the 1:1' }).click();
      await side.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => side.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }).count()).toBe(1);
      await page.waitForTimeout(300);
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}/hold-fit-${size.width}x${size.height}.png` });
      const parts = {
        heading: side.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }),
        goal: side.getByText('Find the issue they care about and what it costs them.'),
        prompts: side.getByRole('list', { name: 'Questions to try' }),
        notes: side.getByLabel('Notes: Issues and stake'),
        green: side.getByRole('radio', { name: /Green light/ }),
        yellow: side.getByRole('radio', { name: /Yellow light/ }),
        next: side.getByRole('button', { name: 'Next step' }),
      };
      for (const [name, part] of Object.entries(parts)) expect([size.width, name, await inView(part)]).toEqual([size.width, name, true]);

      // From Next step, Shift+Tab back into the lights: Green, so a Space cannot mark Yellow by mistake.
      await parts.next.focus();
      for (let i = 0; i < 4 && !(await hasFocus(parts.green)) && !(await hasFocus(parts.yellow)); i++) await page.keyboard.press('Shift+Tab');
      expect(await hasFocus(parts.green)).toBe(true);
      await page.close();
    }
  });

  it('the talk tally keeps running across a stage switch and a reload, and its figure moves every second', async () => {
    const page = await suite.browser.open('http://hillcrest.nationbuilder.com/admin/signups/42');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByRole('button', { name: 'I am' }).click();
    await page.waitForTimeout(1000);
    await side.getByRole('button', { name: 'They are' }).click();
    await page.waitForTimeout(1000);
    const share = async () => Number(/Listening (\d+)%/.exec((await side.getByText(/Listening \d+%/).textContent()) ?? '')?.[1]);
    // A glance at Prepare does not stop the clock.
    await side.getByRole('button', { name: 'Prepare' }).click();
    await page.waitForTimeout(2000);
    await side.getByRole('button', { name: 'Hold' }).click();
    expect(await side.getByRole('button', { name: 'They are' }).getAttribute('aria-pressed')).toBe('true');
    const afterSwitch = await share();
    expect(afterSwitch).toBeGreaterThanOrEqual(70); // ~3 s of them to ~1 s of me
    await page.reload();
    await expect.poll(() => panel(page).getByRole('button', { name: 'They are' }).getAttribute('aria-pressed')).toBe('true');
    const afterReload = await share();
    expect(afterReload).toBeGreaterThanOrEqual(afterSwitch);
    await page.waitForTimeout(1300);
    expect(await share()).toBeGreaterThan(afterReload);
  });
});
