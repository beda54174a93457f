import { beforeEach, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { type Browser, browserSuite, launchBrowser, panel } from './harness';
import { DEMO, addFault, contract, resetContract } from '../../demo/crm-api/state.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const person = (id: number) => `http://riverside.nationbuilder.com/admin/signups/${id}`;

const contactsFor = (signupId: string) => contract.contacts.filter((c) => c.signup_id === signupId);
const requests = (method: string, path: string) => contract.log.filter((e) => e.method === method && e.path.startsWith(path));

const connections = (page: Page) => page.getByRole('region', { name: 'CRM connections' });

async function options(browser: Browser): Promise<Page> {
  return browser.open(`chrome-extension://${browser.extensionId}/options.html`);
}

/** Options → CRM connections → Connect, as the organizer does it. */
async function connect(browser: Browser, crm: 'NationBuilder' | 'Action Network' | 'Action Builder', account: string, secret: string, campaign?: string) {
  const page = await options(browser);
  const form = page.getByRole('form', { name: 'Connect a CRM account' });
  await form.getByLabel('CRM', { exact: true }).selectOption({ label: crm });
  const accountLabel = crm === 'NationBuilder' ? 'Nation' : crm === 'Action Network' ? 'Group' : 'Organization';
  await form.getByLabel(accountLabel, { exact: true }).fill(account);
  await form.getByLabel(crm === 'NationBuilder' ? 'API token' : 'API key', { exact: true }).fill(secret);
  if (campaign) await form.getByLabel('Campaign id').fill(campaign);
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect.poll(() => connections(page).getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/connected|The CRM|browser/);
  return page;
}

/** A short 1:1: an ask with its answer, a commitment each way, a report with the ladder; then Finish. */
async function holdAndFinish(page: Page, details: { ask?: string; ladder?: string; mode?: string } = {}) {
  const side = panel(page);
  await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
  if (details.mode) await side.getByLabel('How you will meet').selectOption({ label: details.mode });
  await side.getByRole('button', { name: 'Ask and commit' }).click();
  await side.getByLabel('The ask').fill(details.ask ?? 'Host a house meeting on the 3rd');
  await side.getByRole('radio', { name: 'Clear yes' }).check();
  await side.getByLabel('What will be done').fill('Host a house meeting');
  await side.getByLabel('Goal (what it is for, or how many)').fill('8 neighbours');
  await side.getByLabel('Due').fill(local(Date.now() + 9 * DAY));
  await side.getByRole('button', { name: 'Add commitment' }).click();
  await expect.poll(() => side.getByRole('status').filter({ hasText: 'Saved: Host a house meeting' }).count()).toBe(1);
  await side.getByRole('button', { name: 'Go to the report' }).click();
  await side.getByLabel('The issue they care most about').fill('Repairs and mould');
  await side.getByLabel('Skills, experience, resources, contacts').fill('Speaks Spanish and Tagalog');
  await side.getByLabel('Ladder of engagement').selectOption(details.ladder ?? 'hosts');
  await side.getByRole('button', { name: 'Finish the 1:1' }).click();
  await expect.poll(() => side.getByRole('button', { name: 'Plan a new 1:1' }).count()).toBe(1);
}

describe('CRM write-back', () => {
  const suite = browserSuite();
  beforeEach(() => resetContract());

  it('with no connection, a whole 1:1 makes no network request, and the note can still be copied', async () => {
    const seen: string[] = [];
    const log = (request: Request) => seen.push(`${request.method()} ${request.url()}`);
    suite.browser.context.on('request', log);
    const page = await suite.browser.open(person(42));
    await holdAndFinish(page);
    const side = panel(page);
    await side.getByRole('button', { name: 'Copy for the CRM' }).click();
    await expect.poll(() => side.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    await page.waitForTimeout(1_500);
    suite.browser.context.off('request', log);
    // Only the person's page itself was loaded; nothing reached any API.
    expect(seen.filter((r) => !r.startsWith('GET http://riverside.nationbuilder.com/admin/signups/42'))).toEqual([]);
    expect(contract.log).toEqual([]);
    expect(await side.getByRole('button', { name: /^Send to / }).count()).toBe(0);
    await page.close();
  });

  it('connects the demo nation, shows exactly what will go, and logs exactly one contact with the expected fields', async () => {
    const opts = await connect(suite.browser, 'NationBuilder', 'riverside', DEMO.nationbuilderToken);
    const card = opts.getByRole('article', { name: 'NationBuilder · riverside' });
    await expect.poll(() => card.textContent()).toContain('Connected as Alex Rivera');
    await card.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => connections(opts).getByRole('status').textContent()).toContain('The CRM knows you as Alex Rivera');
    expect(requests('GET', '/api/v2/signups/me')).toHaveLength(2);

    const page = await suite.browser.open(person(1201));
    await holdAndFinish(page, { mode: 'Video call' });
    const side = panel(page);
    // The first send on the connection waits for the organizer to see it.
    const preview = side.getByRole('region', { name: /First send to NationBuilder · riverside/ });
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.textContent()).toContain('POST https://riverside.nationbuilder.com/api/v2/contacts');
    expect(requests('POST', '/api/v2/contacts')).toHaveLength(0);
    await preview.getByRole('button', { name: 'Send it' }).click();
    await expect.poll(() => side.getByText(/^Sent to NationBuilder · riverside on /).count(), { timeout: 10_000 }).toBe(1);

    expect(contactsFor('1201')).toHaveLength(1);
    const [contact] = contactsFor('1201');
    expect(contact).toMatchObject({ signup_id: '1201', author_id: DEMO.organizer.id, contact_method: 'video_call', contact_status: 'meaningful_interaction' });
    expect(contact!.content).toContain('1:1 with María José Núñez on');
    expect(contact!.content).toContain('The ask: Host a house meeting on the 3rd');
    expect(contact!.content).toContain('Their answer: Clear yes');
    expect(contact!.content).toMatch(/- Host a house meeting \(8 neighbours\), by \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(contact!.content).toContain('Ladder of engagement: Hosts');
    expect(contact!.content).toMatch(/occ-ref:[0-9a-f]{16}/);
    // The tag: created (it did not exist) and put on the person, once.
    const tag = contract.tags.find((t) => t.nation === 'riverside' && t.name === '1on1');
    expect(contract.taggings.filter((x) => x.signup_id === '1201' && x.tag_id === tag?.id)).toHaveLength(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
    await opts.close();
  });
});
