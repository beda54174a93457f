import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { panel } from './harness';

const DAY = 86_400_000;
/** A datetime-local value for a UTC time (the test browser runs in UTC unless told otherwise). */
export const localInput = (ms: number) => new Date(ms).toISOString().slice(0, 16);

const PLAN = /^(Plan a new 1:1|Prepare the next 1:1)$/;

export interface WholeOneOnOne {
  /** Prepared as the first ask, then made in the model's ask step (default "Host a house meeting"). */
  ask?: string;
  /** The ask's "by when" (default 9 days from now) and what it is for (default "8 neighbours"). */
  askDueAt?: number;
  goal?: string;
  /** "How you will meet", by its label (default: left as it is, face to face). */
  mode?: string;
  /** The organizer's own promise in the "Next steps" step (default "Send the repair survey", in 2 days); null for none. */
  promise?: { what: string; dueAt: number } | null;
  issue?: string;
  skills?: string;
  /** The ladder level's value (default "hosts"). */
  ladder?: string;
}

/**
 * A whole 1:1 on the default agenda model, held the way panel-flow.spec.ts holds one: plan it
 * with a prepared ask, Start, the steps up to the model's ask (what, by when, goal; a clear yes
 * recorded as their commitment), my promise in "Next steps", the report with the ladder, Finish.
 * Ends on the overview, the 1:1 recorded as held.
 */
export async function holdWholeOneOnOne(page: Page, details: WholeOneOnOne = {}): Promise<void> {
  const side = panel(page);
  const ask = details.ask ?? 'Host a house meeting';
  const promise = details.promise === undefined ? { what: 'Send the repair survey', dueAt: Date.now() + 2 * DAY } : details.promise;

  // After a held 1:1 the same button reads "Prepare the next 1:1" (and carries what it left open).
  await side.getByRole('button', { name: PLAN }).click();
  // The prep opens with focus on its first field; type once it is there, as a person would
  // (text typed before the focus moves would land in that field instead).
  const first = side.getByLabel('How you know them, or who referred you');
  await expect.poll(() => first.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el).catch(() => false)).toBe(true);
  if (details.mode) await side.getByLabel('How you will meet').selectOption({ label: details.mode });
  await side.getByLabel('Ask 1').fill(ask);
  await side.getByRole('button', { name: 'Start the 1:1' }).click();
  await expect.poll(() => side.getByRole('heading', { name: 'Step 1 of 6: Introduction' }).count()).toBe(1);
  for (let i = 0; i < 4; i++) await side.getByRole('button', { name: 'Next step' }).click();

  // The ask, where the model makes it, starting from the prepared one.
  await expect.poll(() => side.getByRole('heading', { name: 'Step 5 of 6: The ask' }).count()).toBe(1);
  await expect.poll(() => side.getByLabel('The ask', { exact: true }).inputValue()).toBe(ask);
  await side.getByLabel('By when').fill(localInput(details.askDueAt ?? Date.now() + 9 * DAY));
  await side.getByLabel('What it is for (the goal)').fill(details.goal ?? '8 neighbours');
  await side.getByRole('radio', { name: 'Clear yes' }).check();
  await side.getByRole('button', { name: 'Add as their commitment' }).click();
  await expect.poll(() => side.getByText(/Recorded as their commitment/).count()).toBe(1);

  // Next steps: the organizer's own promise.
  await side.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => side.getByRole('heading', { name: 'Step 6 of 6: Next steps' }).count()).toBe(1);
  if (promise) {
    await side.getByLabel('What will be done').fill(promise.what);
    await side.getByLabel('Due', { exact: true }).fill(localInput(promise.dueAt));
    await side.getByRole('button', { name: 'Add my promise' }).click();
    await expect.poll(() => side.getByRole('status').filter({ hasText: `Saved: ${promise.what}` }).count()).toBe(1);
  }

  // Report back.
  await side.getByRole('button', { name: 'Go to the report' }).click();
  await side.getByLabel('The issue they care most about').fill(details.issue ?? 'Repairs and mould');
  await side.getByLabel('Skills, experience, resources, contacts').fill(details.skills ?? 'Speaks Spanish and Tagalog');
  await side.getByLabel('Ladder of engagement').selectOption(details.ladder ?? 'hosts');
  await side.getByRole('button', { name: 'Finish the 1:1' }).click();
  await expect.poll(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
  await expect.poll(() => side.getByRole('button', { name: 'Prepare the next 1:1' }).count()).toBe(1);
}
