import { beforeEach, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { type Browser, browserSuite, launchBrowser, panel } from './harness';
import { holdWholeOneOnOne } from './one-on-one';
import { DEMO, addFault, contract, resetContract } from '../../demo/crm-api/state.mjs';
import { actionnetworkId } from '../../demo/crm-api/actionnetwork.mjs';
import { actionbuilderId } from '../../demo/crm-api/actionbuilder.mjs';

const person = (id: number) => `http://riverside.nationbuilder.com/admin/signups/${id}`;

const contactsFor = (signupId: string) => contract.contacts.filter((c) => c.signup_id === signupId);
const requests = (method: string, path: string) => contract.log.filter((e) => e.method === method && e.path.startsWith(path));

const connections = (page: Page) => page.getByRole('region', { name: 'CRM connections' });
/**
 * A held 1:1's entry in the panel's history (where its send status shows), by its ask's clear
 * yes: a person seen in an earlier test has an older 1:1 there with a status of its own.
 */
const heldEntry = (page: Page, ask: string) =>
  panel(page).getByRole('region', { name: 'Past 1:1s' }).getByRole('listitem').filter({ hasText: `Clear yes to “${ask}”` });

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

// The tests run in order in one browser: the accounts connected early are used by the later ones
// (the first send on a connection is confirmed once, in the test that connects it).
describe('CRM write-back', () => {
  const suite = browserSuite();
  beforeEach(() => resetContract());

  it('with no connection, a whole 1:1 makes no network request, and the note can still be copied', async () => {
    const seen: string[] = [];
    const log = (request: Request) => seen.push(`${request.method()} ${request.url()}`);
    suite.browser.context.on('request', log);
    const page = await suite.browser.open(person(42));
    await holdWholeOneOnOne(page);
    const side = panel(page);
    await side.getByRole('button', { name: 'Copy for the CRM' }).click();
    await expect.poll(() => side.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    await page.waitForTimeout(1_500);
    suite.browser.context.off('request', log);
    // What landed on the clipboard, pasted into a text box the way the organizer would.
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'paste-here';
      document.body.prepend(box);
      box.focus();
    });
    await page.keyboard.press('ControlOrMeta+V');
    const copied = await page.locator('#paste-here').inputValue();
    expect(copied).toMatch(/^1:1 with Sam Okafor on \d{4}-\d\d-\d\d \(face to face\)\n/);
    expect(copied).toContain('The ask: Host a house meeting\nTheir answer: Clear yes\n');
    expect(copied).toContain('They committed to:\n- Host a house meeting (8 neighbours), by ');
    expect(copied).toContain('The organizer committed to:\n- Send the repair survey, by ');
    expect(copied).toContain('The issue they care most about: Repairs and mould');
    expect(copied).toContain('Skills, experience, resources: Speaks Spanish and Tagalog');
    // The browser's request log (pages and the extension's service worker): only the person's
    // page itself went over the network (chrome-extension: files are the extension's own).
    expect(seen.filter((r) => !r.includes(' chrome-extension://'))).toEqual(['GET http://riverside.nationbuilder.com/admin/signups/42']);
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

    // The same request log as the no-connection test sees the worker's API calls.
    const seen: string[] = [];
    const log = (request: Request) => seen.push(`${request.method()} ${request.url()}`);
    suite.browser.context.on('request', log);
    const page = await suite.browser.open(person(1201));
    await holdWholeOneOnOne(page, { mode: 'Video call' });
    const side = panel(page);
    // The first send on the connection waits for the organizer to see it.
    const preview = side.getByRole('region', { name: /First send to NationBuilder · riverside/ });
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.textContent()).toContain('POST https://riverside.nationbuilder.com/api/v2/contacts');
    expect(requests('POST', '/api/v2/contacts')).toHaveLength(0);
    await preview.getByRole('button', { name: 'Send it' }).click();
    await expect.poll(() => side.getByText(/^Sent to NationBuilder · riverside on /).count(), { timeout: 10_000 }).toBe(1);

    suite.browser.context.off('request', log);
    expect(seen).toContain('POST https://riverside.nationbuilder.com/api/v2/contacts');
    expect(contactsFor('1201')).toHaveLength(1);
    const [contact] = contactsFor('1201');
    expect(contact).toMatchObject({ signup_id: '1201', author_id: DEMO.organizer.id, contact_method: 'video_call', contact_status: 'meaningful_interaction' });
    expect(contact!.content).toContain('1:1 with María José Núñez on');
    expect(contact!.content).toContain('The ask: Host a house meeting\n');
    expect(contact!.content).toContain('Their answer: Clear yes');
    expect(contact!.content).toMatch(/- Host a house meeting \(8 neighbours\), by \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(contact!.content).toMatch(/The organizer committed to:\n- Send the repair survey, by \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(contact!.content).toContain('Ladder of engagement: Hosts');
    expect(contact!.content).toMatch(/occ-ref:[0-9a-f]{16}/);
    // The tag: created (it did not exist) and put on the person, once.
    const tag = contract.tags.find((t) => t.nation === 'riverside' && t.name === '1on1');
    expect(contract.taggings.filter((x) => x.signup_id === '1201' && x.tag_id === tag?.id)).toHaveLength(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
    await opts.close();
  });

  it("signs in with the nation's OAuth app (client id and secret entered once) and tests the connection", async () => {
    const page = await options(suite.browser);
    const form = page.getByRole('form', { name: 'Connect a CRM account' });
    await form.getByLabel('Nation', { exact: true }).fill('hillcrest');
    await form.getByRole('radio', { name: "Sign in with the nation's app (OAuth)" }).check();
    await form.getByLabel("The app's client id").fill(DEMO.oauthClientId);
    await form.getByLabel("The app's client secret").fill(DEMO.oauthClientSecret);
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => connections(page).getByRole('status').textContent(), { timeout: 15_000 }).toBe('NationBuilder · hillcrest connected. The CRM knows you as Alex Rivera.');
    const card = page.getByRole('article', { name: 'NationBuilder · hillcrest' });
    expect(await card.textContent()).toContain("Signed in with the nation's app; access is renewed automatically.");
    const token = requests('POST', '/oauth/token')[0]!;
    expect(token.body).toMatchObject({ grant_type: 'authorization_code', client_id: DEMO.oauthClientId, redirect_uri: `https://${suite.browser.extensionId}.chromiumapp.org/` });
    await card.getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'NationBuilder · hillcrest' }).count()).toBe(0);
    await page.close();
  });

  it('Action Network: the custom fields and the existing tag reach the activist found by email', async () => {
    await (await connect(suite.browser, 'Action Network', 'eastside-tenants', DEMO.actionnetworkKey)).close();
    const page = await suite.browser.open('http://actionnetwork.org/user_search/group/eastside-tenants/activist/5521');
    await holdWholeOneOnOne(page, { ladder: 'leads' });
    const side = panel(page);
    await side.getByRole('region', { name: /First send to Action Network · eastside-tenants/ }).getByRole('button', { name: 'Send it' }).click();
    await expect.poll(() => side.getByText(/^Sent to Action Network · eastside-tenants on /).count(), { timeout: 10_000 }).toBe(1);
    const zoe = actionnetworkId('eastside-tenants', { id: '5521' });
    const today = new Date().toISOString().slice(0, 10);
    expect(contract.anFields[zoe]).toEqual({ 'Last 1:1': today, 'Last 1:1 answer': 'yes', 'Ladder of engagement': 'leads' });
    expect(contract.anTags[zoe]).toEqual(['1on1']);
    expect(requests('PUT', '/api/v2/people/')).toHaveLength(1);
    await page.close();
  });

  it('Action Builder: the assessment from the ladder level and the tag response in the field the organizer named', async () => {
    const opts = await connect(suite.browser, 'Action Builder', 'northside-union', DEMO.actionbuilderKey, DEMO.actionbuilderCampaign);
    const card = opts.getByRole('article', { name: 'Action Builder · northside-union' });
    await expect.poll(() => card.textContent()).toContain('Campaign: Northside organizing drive.');
    await card.getByText('What is written').click();
    await card.getByLabel('Section of the tag response').fill('Outreach');
    await card.getByLabel('Field of the tag response').fill('1:1 status');
    await card.getByLabel('Hosts').selectOption('2');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => connections(opts).getByRole('status').textContent()).toBe('Saved.');

    const page = await suite.browser.open('http://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7');
    await holdWholeOneOnOne(page, { ladder: 'hosts' });
    const side = panel(page);
    await side.getByRole('region', { name: /First send to Action Builder · northside-union/ }).getByRole('button', { name: 'Send it' }).click();
    await expect.poll(() => side.getByText(/^Sent to Action Builder · northside-union on /).count(), { timeout: 10_000 }).toBe(1);
    const fatima = actionbuilderId('northside-union', { id: '301' });
    expect(contract.abAssessments[fatima]).toBe(2);
    expect(contract.abTags[fatima]).toEqual([{ section: 'Outreach', field: '1:1 status', name: '1on1' }]);
    await page.close();
    await opts.close();
  });

  it('a 429 with Retry-After: 2 gets no request to the account for 2 seconds, then the contact goes once', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: '429', retryAfter: 2 });
    const page = await suite.browser.open(person(1202));
    await holdWholeOneOnOne(page);
    await expect.poll(() => contactsFor('1202').length, { timeout: 15_000 }).toBe(1);
    const limited = contract.log.find((e) => e.status === 429)!;
    const after = contract.log.filter((e) => e.at > limited.at && e.crm === 'nationbuilder');
    expect(after.length).toBeGreaterThan(0);
    expect(Math.min(...after.map((e) => e.at)) - limited.at).toBeGreaterThanOrEqual(2_000);
    await expect.poll(() => panel(page).getByText(/^Sent to NationBuilder · riverside on /).count(), { timeout: 6_000 }).toBe(1);
    await page.close();
  });

  it('three 500s, then success: exactly one contact, after looking for it before each resend', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: '500', times: 3 });
    const page = await suite.browser.open(person(88));
    await holdWholeOneOnOne(page);
    // The panel says it is waiting, with its tries.
    await expect.poll(() => panel(page).getByText(/^Waiting to go to NationBuilder · riverside \(tried \d times; next try /).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => contactsFor('88').length, { timeout: 30_000 }).toBe(1);
    await new Promise((done) => setTimeout(done, 1_000));
    expect(contactsFor('88')).toHaveLength(1);
    expect(requests('POST', '/api/v2/contacts').map((e) => e.status)).toEqual([500, 500, 500, 201]);
    // An outcome a 500 leaves in doubt is checked before the next send.
    expect(requests('GET', '/api/v2/contacts?filter[signup_id]=88')).toHaveLength(3);
    await page.close();
  });

  it('a worker stopped mid-outbox resumes from the alarm', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: '429', retryAfter: 3 });
    const page = await suite.browser.open(person(77));
    await holdWholeOneOnOne(page);
    await expect.poll(() => contract.log.some((e) => e.status === 429), { timeout: 10_000 }).toBe(true);
    // The panel polls while a send waits: close it, so that nothing but the alarm can wake the worker.
    await page.close();
    const blank = await suite.browser.open('about:blank');
    const cdp = await suite.browser.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stoppedAt = Date.now();
    await expect.poll(() => contactsFor('77').length, { timeout: 20_000 }).toBe(1);
    expect(requests('POST', '/api/v2/contacts').at(-1)!.at).toBeGreaterThan(stoppedAt);
    await blank.close();
  });

  it('a browser restart resumes the outbox', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: '429', retryAfter: 4 });
    const page = await suite.browser.open(person(1201));
    await holdWholeOneOnOne(page);
    await expect.poll(() => contract.log.some((e) => e.status === 429), { timeout: 10_000 }).toBe(true);
    const profile = suite.browser.userDataDir;
    await suite.browser.close();
    expect(contactsFor('1201')).toHaveLength(0);
    suite.browser = await launchBrowser(suite.server, profile);
    const restartedAt = Date.now();
    await expect.poll(() => contactsFor('1201').length, { timeout: 20_000 }).toBe(1);
    expect(requests('POST', '/api/v2/contacts').at(-1)!.at).toBeGreaterThanOrEqual(restartedAt);
  });

  it('a 401 leaves the send waiting with "needs reconnecting"; it goes out after reconnecting', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: '401' });
    const page = await suite.browser.open(person(1202));
    await holdWholeOneOnOne(page, { ask: 'Join the Thursday huddle' });
    // Person 1202 also has the 1:1 the 429 test sent: this one's entry is the one that waits.
    const entry = heldEntry(page, 'Join the Thursday huddle');
    await expect.poll(() => entry.getByText(/^Waiting for NationBuilder · riverside, which needs reconnecting/).count(), { timeout: 10_000 }).toBe(1);
    const popup = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('NationBuilder · riverside needs reconnecting');
    // Nothing is retried while it waits.
    await new Promise((done) => setTimeout(done, 3_000));
    expect(requests('POST', '/api/v2/contacts')).toHaveLength(1);

    const opts = await options(suite.browser);
    await expect.poll(() => connections(opts).getByRole('alert').first().textContent()).toContain('NationBuilder · riverside needs reconnecting');
    await opts.getByRole('article', { name: 'NationBuilder · riverside' }).getByRole('button', { name: 'Reconnect' }).click();
    const form = opts.getByRole('form', { name: 'Connect a CRM account' });
    expect(await form.getByLabel('Nation', { exact: true }).inputValue()).toBe('riverside');
    await form.getByLabel('API token', { exact: true }).fill(DEMO.nationbuilderToken);
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => contactsFor('1202').length, { timeout: 10_000 }).toBe(1);
    expect(contactsFor('1202')[0]!.content).toContain('The ask: Join the Thursday huddle');
    await expect.poll(() => entry.getByText(/^Sent to NationBuilder · riverside on /).count(), { timeout: 6_000 }).toBe(1);
    await popup.reload();
    expect(await popup.getByText(/needs reconnecting/).count()).toBe(0);
    await Promise.all([page.close(), popup.close(), opts.close()]);
  });

  it('a hang after the server stored the contact gives no duplicate: the next attempt finds it by its marker', async () => {
    addFault({ crm: 'nationbuilder', method: 'POST', path: '/api/v2/contacts', kind: 'hang-after-store' });
    const page = await suite.browser.open(person(42));
    // Person 42 has the 1:1 of the first test (never sent): this one has an ask of its own.
    await holdWholeOneOnOne(page, { ask: 'Bring two neighbours to the vigil' });
    await expect.poll(() => contactsFor('42').length, { timeout: 10_000 }).toBe(1);
    expect(contactsFor('42')[0]!.content).toContain('The ask: Bring two neighbours to the vigil');
    // The timeout (15 s), the check that finds the contact, then the tag.
    await expect.poll(() => heldEntry(page, 'Bring two neighbours to the vigil').getByText(/^Sent to NationBuilder · riverside on /).count(), { timeout: 40_000, interval: 500 }).toBe(1);
    expect(contactsFor('42')).toHaveLength(1);
    expect(requests('POST', '/api/v2/contacts')).toHaveLength(1);
    expect(requests('GET', '/api/v2/contacts?filter[signup_id]=42')).toHaveLength(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  }, 70_000);
});
