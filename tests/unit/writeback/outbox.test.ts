import { beforeEach, describe, expect, it } from 'vitest';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting, finishMeeting, saveMeeting } from '../../../lib/store/meetings';
import { saveSettings } from '../../../lib/store/settings';
import { Connection, ConnectionSettings, type OutboxItem, type Secret } from '../../../lib/crm/writeback/model';
import { discardSend, queueSend, releaseConnection, retrySend } from '../../../lib/outbox/queue';
import { resetPacing, runOutbox, LEASE_MS, type OutboxDeps } from '../../../lib/outbox/runner';
import { sendView } from '../../../lib/outbox/status';
import { BACKOFF } from '../../../lib/rules/backoff';
import { T0 } from './fixtures';

const TOKEN = 'secret-token-do-not-show';
const CONTACTS = 'https://riverside.nationbuilder.com/api/v2/contacts';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

/** A scripted CRM: answers per "METHOD url" (a queue of replies, the last one repeats), and a log. */
function fakeCrm(script: Record<string, Reply[]>) {
  const log: { method: string; url: string; body?: unknown; at: number }[] = [];
  const clock = { now: T0 };
  const fetchImpl = async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    log.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined, at: clock.now });
    const key = Object.keys(script).find((k) => `${method} ${url}`.startsWith(k));
    const queue = key ? script[key]! : [{ status: 404, body: { error: 'no such route' } }];
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
  };
  const secrets = new Map<string, Secret>([['nationbuilder:riverside', { kind: 'token', token: TOKEN }]]);
  const wakes: (number | undefined)[] = [];
  const deps: OutboxDeps = {
    fetch: fetchImpl,
    now: () => clock.now,
    random: () => 0,
    getSecret: async (id) => secrets.get(id),
    setSecret: async (id, s) => void secrets.set(id, s),
    hasPermission: async () => true,
    sleep: async (ms) => void (clock.now += ms),
    wakeAt: async (at) => void wakes.push(at),
  };
  return { log, clock, deps, wakes, secrets, posts: () => log.filter((e) => e.method === 'POST' && e.url === CONTACTS) };
}

const ok = { 'GET https://riverside.nationbuilder.com/api/v2/signup_tags': [{ status: 200, body: { data: [{ id: '12', attributes: { name: '1on1' } }] } }], 'POST https://riverside.nationbuilder.com/api/v2/signup_taggings': [{ status: 201, body: { data: { id: '3' } } }] };
const created = { status: 201, body: { data: { id: '77', type: 'contacts', attributes: {} } } };

async function setup(options: { connected?: boolean; confirmed?: boolean; tokenExpiresAt?: number } = {}) {
  const db = await getDB();
  await saveSettings(db, { timeZone: 'UTC', organizerName: 'Alex Rivera' });
  const person = await upsertFromRef(db, { crm: 'nationbuilder', account: 'riverside', crmId: '1201', name: 'María', url: 'https://riverside.nationbuilder.com/admin/signups/1201' }, T0);
  if (options.connected !== false) {
    await db.put(
      'connections',
      Connection.parse({
        id: 'nationbuilder:riverside',
        crm: 'nationbuilder',
        account: 'riverside',
        auth: 'token',
        state: 'connected',
        organizer: { id: '45', name: 'Alex Rivera' },
        tokenExpiresAt: options.tokenExpiresAt ?? T0 + 86_400_000,
        confirmedAt: options.confirmed === false ? undefined : T0,
        settings: ConnectionSettings.parse({}),
        connectedAt: T0,
        updatedAt: T0,
      }),
    );
  }
  const meeting = await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'm1', T0);
  await saveMeeting(db, meeting.id, { ask: 'Join the huddle', answer: 'yes' }, meeting.rev, T0);
  await finishMeeting(db, meeting.id, T0);
  return db;
}

/** The 1:1's newest send. */
const item = async (): Promise<OutboxItem | undefined> => (await (await getDB()).getAllFromIndex('outbox', 'by-meeting', 'm1')).sort((a, b) => a.createdAt - b.createdAt).at(-1);

describe('the outbox', () => {
  beforeEach(() => resetPacing());

  it('queues nothing when the account is not connected', async () => {
    await setup({ connected: false });
    expect(await item()).toBeUndefined();
    const crm = fakeCrm({});
    await runOutbox(crm.deps);
    expect(crm.log).toEqual([]);
  });

  it('holds the first send on a connection until the organizer has seen it, then sends it', async () => {
    const db = await setup({ confirmed: false });
    expect(await item()).toMatchObject({ state: 'preview' });
    expect((await item())!.nextAt).toBeUndefined();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: [created], ...ok });
    await runOutbox(crm.deps);
    expect(crm.log).toEqual([]);
    await queueSend(db, 'm1', T0, true);
    expect((await db.get('connections', 'nationbuilder:riverside'))!.confirmedAt).toBe(T0);
    await runOutbox(crm.deps);
    expect(await item()).toMatchObject({ state: 'sent', tries: 1 });
    // Paced: NationBuilder's 250 requests per 10 s is one every 40 ms.
    expect(crm.log.map((e) => e.at - T0)).toEqual([0, 40, 80]);
    expect(crm.log.map((e) => `${e.method} ${e.url.replace('https://riverside.nationbuilder.com/api/v2/', '')}`)).toEqual([
      'POST contacts',
      'GET signup_tags?filter[name]=1on1',
      'POST signup_taggings',
    ]);
    expect(crm.wakes.at(-1)).toBeUndefined();
  });

  it('backs off after a 500 and looks for the contact before sending it again; exactly one POST lands', async () => {
    await setup();
    const crm = fakeCrm({
      [`POST ${CONTACTS}`]: [{ status: 500, body: { code: 'server_error', message: 'boom' } }, created],
      [`GET ${CONTACTS}?filter[signup_id]=1201`]: [{ status: 200, body: { data: [] } }],
      ...ok,
    });
    await runOutbox(crm.deps);
    const waiting = (await item())!;
    expect(waiting).toMatchObject({ state: 'waiting', tries: 1, inFlight: 'contact', nextAt: T0 + BACKOFF.baseMs / 2, error: 'The CRM answered 500: boom' });
    expect(crm.wakes.at(-1)).toBe(T0 + BACKOFF.baseMs / 2);
    // Not before it is due.
    await runOutbox(crm.deps);
    expect(crm.posts()).toHaveLength(1);
    crm.clock.now = waiting.nextAt!;
    await runOutbox(crm.deps);
    expect(crm.log.map((e) => e.method + ' ' + e.url.split('/v2/')[1])).toEqual([
      'POST contacts',
      'GET contacts?filter[signup_id]=1201',
      'POST contacts',
      'GET signup_tags?filter[name]=1on1',
      'POST signup_taggings',
    ]);
    expect(await item()).toMatchObject({ state: 'sent', tries: 2 });
  });

  it('after an answer that never came, finds the contact by its marker and does not send it twice', async () => {
    await setup();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: ['network-error'], ...ok });
    await runOutbox(crm.deps);
    const lost = (await item())!;
    expect(lost).toMatchObject({ state: 'waiting', inFlight: 'contact', error: 'The CRM could not be reached.' });
    const marker = `occ-ref:${lost.id}`;
    crm.clock.now = lost.nextAt!;
    const again = fakeCrm({ [`GET ${CONTACTS}?filter[signup_id]=1201`]: [{ status: 200, body: { data: [{ id: '77', attributes: { content: `…\n(sent by 1:1 Companion, ${marker})` } }] } }], ...ok });
    again.clock.now = crm.clock.now;
    await runOutbox(again.deps);
    expect(again.posts()).toEqual([]);
    expect(await item()).toMatchObject({ state: 'sent' });
  });

  it('a worker stopped mid-send leaves the item to be checked when its lease runs out', async () => {
    const db = await setup();
    const claimed = (await item())!;
    // What a stopped worker leaves behind: claimed, the contact in flight.
    await db.put('outbox', { ...claimed, state: 'sending', tries: 1, inFlight: 'contact', nextAt: T0 + LEASE_MS });
    const crm = fakeCrm({ [`GET ${CONTACTS}?filter[signup_id]=1201`]: [{ status: 200, body: { data: [] } }], [`POST ${CONTACTS}`]: [created], ...ok });
    await runOutbox(crm.deps);
    expect(crm.log).toEqual([]);
    crm.clock.now = T0 + LEASE_MS;
    await runOutbox(crm.deps);
    expect(crm.log.map((e) => e.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
    expect(crm.posts()).toHaveLength(1);
    expect(await item()).toMatchObject({ state: 'sent', tries: 2 });
  });

  it('waits for Retry-After on a 429, and holds the whole account meanwhile', async () => {
    const db = await setup();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: [{ status: 429, headers: { 'retry-after': '2' } }, created], ...ok });
    await runOutbox(crm.deps);
    expect(await item()).toMatchObject({ state: 'waiting', nextAt: T0 + 2_000 });
    expect((await item())!.inFlight).toBeUndefined();
    expect((await db.get('connections', 'nationbuilder:riverside'))!.holdUntil).toBe(T0 + 2_000);
    crm.clock.now = T0 + 1_999;
    await runOutbox(crm.deps);
    expect(crm.log).toHaveLength(1);
    crm.clock.now = T0 + 2_000;
    await runOutbox(crm.deps);
    expect(crm.log[1]!.at).toBeGreaterThanOrEqual(T0 + 2_000);
    expect(await item()).toMatchObject({ state: 'sent' });
  });

  it('a 401 marks the connection "needs reconnecting" and retries nothing until it is reconnected', async () => {
    const db = await setup();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: [{ status: 401, body: { code: 'unauthorized', message: `token ${TOKEN} is not valid` } }, created], ...ok });
    await runOutbox(crm.deps);
    const connection = (await db.get('connections', 'nationbuilder:riverside'))!;
    expect(connection.state).toBe('needs-reconnect');
    const waiting = (await item())!;
    expect(waiting.state).toBe('waiting');
    expect(waiting.nextAt).toBeUndefined();
    // The CRM echoed the token: it never reaches what the organizer sees.
    expect(connection.problem).not.toContain(TOKEN);
    expect(waiting.error).toBe('The CRM answered 401: token … is not valid');
    crm.clock.now += 3_600_000;
    await runOutbox(crm.deps);
    expect(crm.log).toHaveLength(1);
    expect(crm.wakes.at(-1)).toBeUndefined();
    await db.put('connections', { ...connection, state: 'connected', problem: undefined });
    await releaseConnection(db, connection.id, crm.clock.now);
    await runOutbox(crm.deps);
    expect(await item()).toMatchObject({ state: 'sent' });
  });

  it('an expired 24-hour token needs reconnecting before any request', async () => {
    const db = await setup({ tokenExpiresAt: T0 - 1 });
    const crm = fakeCrm({});
    await runOutbox(crm.deps);
    expect(crm.log).toEqual([]);
    expect((await db.get('connections', 'nationbuilder:riverside'))!).toMatchObject({ state: 'needs-reconnect', problem: 'The 24-hour token has expired. Paste a new one.' });
  });

  it('a refusal the CRM explains fails with its reason; Retry sends again, Discard drops it', async () => {
    const db = await setup();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: [{ status: 422, body: { errors: [{ detail: 'signup 1201 does not exist' }] } }, created], ...ok });
    await runOutbox(crm.deps);
    expect(await item()).toMatchObject({ state: 'failed', error: 'The CRM answered 422: signup 1201 does not exist' });
    expect((await item())!.nextAt).toBeUndefined();
    await retrySend(db, 'm1', T0);
    await runOutbox(crm.deps);
    expect(await item()).toMatchObject({ state: 'sent' });

    const other = fakeCrm({ [`POST ${CONTACTS}`]: [{ status: 400, body: { message: 'nope' } }] });
    other.clock.now = T0 + 1;
    await saveMeeting(db, 'm1', { ask: 'Join the huddle on Friday' }, (await db.get('meetings', 'm1'))!.rev, T0 + 1);
    await queueSend(db, 'm1', T0 + 1, false);
    await runOutbox(other.deps);
    expect(await item()).toMatchObject({ state: 'failed', kind: 'update' });
    await discardSend(db, 'm1');
    expect(await item()).toMatchObject({ state: 'sent', kind: 'report' });
  });

  it('an edit after sending offers the update, which goes as a new contact saying it replaces the first', async () => {
    const db = await setup();
    const crm = fakeCrm({ [`POST ${CONTACTS}`]: [created], ...ok });
    await runOutbox(crm.deps);
    const sent = (await item())!;
    expect(sendView(sent, await db.get('meetings', 'm1')).edited).toBe(false);
    await saveMeeting(db, 'm1', { ask: 'Join the huddle on Friday' }, (await db.get('meetings', 'm1'))!.rev, T0 + 1);
    expect(sendView(sent, await db.get('meetings', 'm1')).edited).toBe(true);
    crm.clock.now = T0 + 1;
    await queueSend(db, 'm1', T0 + 1, false);
    // Queued once, however many times it is asked.
    await queueSend(db, 'm1', T0 + 1, false);
    expect(await db.countFromIndex('outbox', 'by-meeting', 'm1')).toBe(2);
    await runOutbox(crm.deps);
    const update = (await item())!;
    expect(update).toMatchObject({ kind: 'update', state: 'sent' });
    expect(sendView(update, await db.get('meetings', 'm1')).edited).toBe(false);
    const content = (crm.posts()[1]!.body as { data: { attributes: { content: string } } }).data.attributes.content;
    expect(content.split('\n')[0]).toBe('Updated report (replaces the one sent before):');
    expect(content).toContain('The ask: Join the huddle on Friday');
  });

  it('OAuth: an expired access token is refreshed before the send, and a 401 tries one refresh before asking to reconnect', async () => {
    const db = await setup();
    const connection = (await db.get('connections', 'nationbuilder:riverside'))!;
    await db.put('connections', { ...connection, auth: 'oauth', tokenExpiresAt: undefined });
    const TOKEN_URL = 'https://riverside.nationbuilder.com/oauth/token';
    const crm = fakeCrm({
      [`POST ${TOKEN_URL}`]: [{ status: 200, body: { access_token: 'fresh-access', refresh_token: 'fresh-refresh', expires_in: 86_400 } }],
      [`POST ${CONTACTS}`]: [created],
      ...ok,
    });
    crm.secrets.set('nationbuilder:riverside', { kind: 'oauth', accessToken: 'old-access', refreshToken: 'old-refresh', expiresAt: T0 - 1, clientId: 'cid', clientSecret: 'csecret' });
    const headers: string[] = [];
    const inner = crm.deps.fetch;
    crm.deps.fetch = (url, init) => {
      headers.push(String((init.headers as Record<string, string>).authorization ?? ''));
      return inner(url, init);
    };
    await runOutbox(crm.deps);
    expect(crm.log[0]).toMatchObject({ method: 'POST', url: TOKEN_URL, body: { grant_type: 'refresh_token', refresh_token: 'old-refresh', client_id: 'cid', client_secret: 'csecret' } });
    expect(headers.slice(1)).toEqual(['Bearer fresh-access', 'Bearer fresh-access', 'Bearer fresh-access']);
    expect(crm.secrets.get('nationbuilder:riverside')).toMatchObject({ accessToken: 'fresh-access', refreshToken: 'fresh-refresh', expiresAt: T0 + 86_400_000 });
    expect(await item()).toMatchObject({ state: 'sent' });

    // Refused, and the refresh refused too: reconnect.
    await saveMeeting(db, 'm1', { ask: 'Another ask' }, (await db.get('meetings', 'm1'))!.rev, T0 + 1);
    await queueSend(db, 'm1', T0 + 1, false);
    const refused = fakeCrm({ [`POST ${TOKEN_URL}`]: [{ status: 400, body: { code: 'invalid_grant' } }], [`POST ${CONTACTS}`]: [{ status: 401, body: { code: 'unauthorized' } }] });
    refused.secrets.set('nationbuilder:riverside', crm.secrets.get('nationbuilder:riverside')!);
    refused.clock.now = T0 + 1;
    await runOutbox(refused.deps);
    expect(refused.log.map((e) => e.url.split('.com/')[1])).toEqual(['api/v2/contacts', 'oauth/token']);
    expect((await db.get('connections', 'nationbuilder:riverside'))!.state).toBe('needs-reconnect');
  });

  it('finishing an already finished 1:1 queues nothing more', async () => {
    const db = await setup();
    await finishMeeting(db, 'm1', T0 + 5);
    expect(await db.countFromIndex('outbox', 'by-meeting', 'm1')).toBe(1);
  });
});
