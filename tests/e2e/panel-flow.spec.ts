import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, panel } from './harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ARTIFACTS = resolve(import.meta.dirname, '.artifacts');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** Screenshots of the page at both sizes the issue names, for a person to look at. */
async function shots(page: Page, name: string) {
  await mkdir(ARTIFACTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${ARTIFACTS}/flow-${name}-${size.width}x${size.height}.png` });
  }
  if (before) await page.setViewportSize(before);
}

/** A datetime-local value for a UTC time (the test browser runs in UTC unless told otherwise). */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** Counts what the organizer does besides typing: clicks, choices in a list, non-text keys. */
function counter() {
  const done: string[] = [];
  return {
    done,
    async click(target: Locator, what: string) {
      done.push(what);
      await target.click();
    },
    async select(target: Locator, value: string, what: string) {
      done.push(what);
      await target.selectOption(value);
    },
  };
}

describe('a whole 1:1, from planning to report-back', () => {
  const suite = browserSuite();

  it('takes at most 15 clicks and selects besides typing, and sets the follow-ups', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    await page.setViewportSize({ width: 1366, height: 768 });
    const side = panel(page);
    const act = counter();
    await act.click(side.getByRole('button', { name: 'Plan a new 1:1' }), 'plan');

    // Prepare and schedule: typing only.
    await side.getByLabel('How you know them, or who referred you').fill('Met at the tenants’ meeting; Dev referred her');
    await side.getByLabel('Ask 1').fill('Host a house meeting');
    await side.getByLabel('Ask 2').fill('Come to the Thursday huddle');
    await side.getByLabel('Questions you want to ask').fill('How long have the repairs waited?');
    // Five days ahead at 14:00 (the browser's zone, UTC, is the organizer's): its reminders fall in
    // working hours, whatever time the test runs.
    const start = Math.floor((Date.now() + 5 * DAY) / DAY) * DAY + 14 * HOUR;
    await side.getByLabel('Date and time').fill(local(start));
    await side.getByLabel('Place').fill('Café on Main St');
    await expect.poll(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);
    await expect.poll(() => side.getByText('Confirm today’s 1:1').count()).toBe(1);
    await shots(page, '1-prepare');

    // Hold: the footer's Start opens step 1.
    await act.click(side.getByRole('button', { name: 'Start the 1:1' }), 'start');
    await expect.poll(() => side.getByRole('heading', { name: 'Step 1 of 6: Introduction' }).count()).toBe(1);
    await act.click(side.getByRole('button', { name: 'They are' }), 'tally: they');
    await side.getByLabel('Notes: Introduction').fill('Relaxed, asked about the campaign.');
    await act.click(side.getByRole('button', { name: 'Next step' }), 'next 2');
    await side.getByLabel('Notes: Issues and stake').fill('Mould in the bathroom for a year.');
    await side.getByText('Your prep').click(); // unfolding the prep is looking, counted below
    act.done.push('unfold prep');
    await expect.poll(() => side.getByText('How long have the repairs waited?').count()).toBe(1);
    await shots(page, '2-hold-step');
    await act.click(side.getByRole('button', { name: 'I am' }), 'tally: me');
    await act.click(side.getByRole('button', { name: 'Next step' }), 'next 3');
    await side.getByLabel('Notes: Agitation').fill('Angry that the landlord ignores letters.');
    await act.click(side.getByRole('button', { name: 'Next step' }), 'next 4');
    await act.click(side.getByRole('button', { name: 'Next step' }), 'next 5');

    // The ask, where the model makes it: the best prepared ask is already there.
    await expect.poll(() => side.getByRole('heading', { name: 'Step 5 of 6: The ask' }).count()).toBe(1);
    await expect.poll(() => side.getByLabel('The ask', { exact: true }).inputValue()).toBe('Host a house meeting');
    const theirDue = start + 9 * DAY;
    await side.getByLabel('By when').fill(local(theirDue));
    await side.getByLabel('What it is for (the goal)').fill('8 neighbours from the building');
    await act.click(side.getByRole('radio', { name: 'Clear yes' }), 'answer yes');
    await act.click(side.getByRole('button', { name: 'Add as their commitment' }), 'their commitment');
    await expect.poll(() => side.getByText(/Recorded as their commitment/).count()).toBe(1);
    await shots(page, '3-ask');

    // Next steps: my own promise.
    await act.click(side.getByRole('button', { name: 'Next step' }), 'next 6');
    const myDue = start + 2 * DAY;
    await side.getByLabel('What will be done').fill('Send the repair survey');
    await side.getByLabel('Due', { exact: true }).fill(local(myDue));
    await act.click(side.getByRole('button', { name: 'Add my promise' }), 'my promise');
    await expect.poll(() => side.getByRole('status').filter({ hasText: 'Saved: Send the repair survey' }).count()).toBe(1);
    await shots(page, '4-commitments');

    // Report back, pre-filled from the 1:1.
    await act.click(side.getByRole('button', { name: 'Go to the report' }), 'report');
    await expect.poll(() => side.getByLabel('Notes', { exact: true }).inputValue()).toContain('Issues and stake: Mould in the bathroom');
    await side.getByLabel('The issue they care most about').fill('Repairs and mould');
    await side.getByLabel('People to talk with next (one per line: name, contact)').fill('Luis Ortega, 555-0199');
    await act.select(side.getByLabel('Ladder of engagement'), 'hosts', 'ladder');
    await shots(page, '5-report');
    const finishedAt = Date.now();
    await act.click(side.getByRole('button', { name: 'Finish the 1:1' }), 'finish');

    // Back to the overview: history and follow-ups.
    await expect.poll(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
    await expect.poll(() => side.getByText(/Clear yes to “Host a house meeting”/).count()).toBe(1);
    await expect.poll(() => side.getByText(/Thank them for the 1:1/).count()).toBe(1);
    await shots(page, '6-finished');

    // Unfolding the prep only shows; everything else the organizer did is counted.
    const interactions = act.done.filter((d) => d !== 'unfold prep');
    console.log(`whole 1:1: ${interactions.length} clicks and selects besides typing: ${interactions.join(', ')}`);
    expect(interactions.length).toBeLessThanOrEqual(15);

    // The stored follow-ups, through the same protocol the popup uses.
    const popup = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    const list = await popup.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ id: 1, type: 'listFollowUps', timestamp: Date.now(), data: { days: 60 } });
      return reply.res as { overdue: G[]; today: G[]; upcoming: G[] };
      type G = { personName: string; followUps: { kind: string; title: string; dueAt: number }[] };
    });
    const all = [...list.overdue, ...list.today, ...list.upcoming].flatMap((g) => g.followUps.map((f) => ({ ...f, who: g.personName })));
    const due = (kind: string, title?: string) => all.find((f) => f.kind === kind && (!title || f.title.includes(title)))?.dueAt;
    expect(all.every((f) => f.who === 'María José Núñez')).toBe(true);
    // The thank-you is due the same day, within a couple of hours (issue 21; it was 24 h later),
    // in working hours: out of quiet hours (21:00–08:00), the evening before they begin if it can.
    const thanks = due('thank-you')!;
    const hourOf = (ms: number) => new Date(ms).getUTCHours();
    const inWorkingHours = hourOf(finishedAt + 2 * HOUR) >= 8 && hourOf(finishedAt + 2 * HOUR) < 21;
    if (inWorkingHours) {
      expect(thanks).toBeGreaterThanOrEqual(finishedAt + 2 * HOUR - 1000);
      expect(thanks).toBeLessThan(finishedAt + 2 * HOUR + 30_000);
    } else {
      expect(thanks).toBeGreaterThanOrEqual(finishedAt - 30_000);
      expect(thanks).toBeLessThanOrEqual(finishedAt + 11 * HOUR);
      expect(hourOf(thanks) >= 8 && hourOf(thanks) < 21).toBe(true);
    }
    expect(due('commitment-reminder', 'Host a house meeting')).toBe(theirDue - DAY);
    expect(due('commitment-reminder', 'Send the repair survey')).toBe(myDue - DAY);
    expect(due('commitment-check', 'Send the repair survey')).toBeGreaterThan(myDue);
    expect(due('referral')).toBeGreaterThan(finishedAt);
    // The 1:1 was held, so its confirmations are gone.
    expect(due('confirm')).toBeUndefined();
    await popup.close();

    // The finished 1:1 reads back in full.
    await side.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => side.getByRole('heading', { name: /^1:1 of / }).count()).toBe(1);
    await expect.poll(() => side.getByText('Mould in the bathroom for a year.').count()).toBeGreaterThan(0);
    await expect.poll(() => side.getByText(/Send the repair survey/).count()).toBeGreaterThan(0);
    await shots(page, '7-read');
    expect(suite.browser.pageErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violations on any stage', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1202');
    const side = panel(page);
    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Ask 1').fill('Join the huddle');
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const scan = async () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ include: [['one-on-one-companion']] }, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
    expect(await scan()).toEqual([]);
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByText('Your prep').click();
    expect(await scan()).toEqual([]);
    for (let i = 0; i < 4; i++) await side.getByRole('button', { name: 'Next step' }).click();
    await side.getByRole('radio', { name: 'No' }).check();
    expect(await scan()).toEqual([]);
    await side.getByRole('button', { name: 'Next step' }).click();
    expect(await scan()).toEqual([]);
    await side.getByRole('button', { name: 'Go to the report' }).click();
    await side.getByLabel('Access needs').fill('x'.repeat(520));
    expect(await scan()).toEqual([]);
    await side.getByLabel('Access needs').fill('Step-free entrance');
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
    await side.getByRole('button', { name: 'Add a commitment' }).click();
    expect(await scan()).toEqual([]);
    await side.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => side.getByRole('heading', { name: /^1:1 of / }).count()).toBe(1);
    expect(await scan()).toEqual([]);
  });
});
