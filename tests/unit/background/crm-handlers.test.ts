import { panelSender, showInTab } from './panel-tab';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDB } from '../../../lib/store/db';
import { crmHandlers } from '../../../lib/background/handlers/crm';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { personHandlers } from '../../../lib/background/handlers/person';

const TOKEN = 'nb-token-that-must-stay-home';
const ME = { data: { type: 'signups', id: '45', attributes: { first_name: 'Alex', last_name: 'Rivera' } } };

/** The CRM as fetch sees it: signups/me answers for the right token only. */
function crm() {
  const calls: { url: string; auth?: string }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const auth = (init.headers as Record<string, string>).authorization;
    calls.push({ url, auth });
    if (auth !== `Bearer ${TOKEN}`) return new Response(JSON.stringify({ code: 'unauthorized', message: `Token ${auth} is not valid` }), { status: 401 });
    return new Response(JSON.stringify(ME), { status: 200 });
  });
  return calls;
}

describe('CRM connections in the background', () => {
  beforeEach(() => {
    fakeBrowser.permissions.contains = async () => true;
    fakeBrowser.permissions.remove = async () => true;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('tests the token, keeps it in storage.local only, and never hands it back in a message, a backup or the panel', async () => {
    const calls = crm();
    const connection = await crmHandlers.connectCrm({ crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: TOKEN } }, {});
    expect(calls.map((c) => c.url)).toEqual(['https://riverside.nationbuilder.com/api/v2/signups/me']);
    expect(connection).toMatchObject({ id: 'nationbuilder:riverside', state: 'connected', organizer: { id: '45', name: 'Alex Rivera' } });
    expect(connection.tokenExpiresAt! - connection.connectedAt).toBe(24 * 3_600_000);
    expect(await fakeBrowser.storage.local.get('crm-secret:nationbuilder:riverside')).toEqual({ 'crm-secret:nationbuilder:riverside': { kind: 'token', token: TOKEN } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    const everywhere = JSON.stringify([
      connection,
      await crmHandlers.listConnections({}, {}),
      await (await getDB()).getAll('connections'),
      await dataHandlers.exportBackup({}, {}),
      await showInTab({ crm: 'nationbuilder', account: 'riverside', crmId: '1201', name: 'María', url: 'https://riverside.nationbuilder.com/admin/signups/1201' }).then(() => personHandlers.getPersonView({}, panelSender)),
    ]);
    expect(everywhere).not.toContain(TOKEN);
  });

  it('refuses a token the CRM refuses, without repeating it, and stores nothing', async () => {
    crm();
    await expect(crmHandlers.connectCrm({ crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: 'wrong-token-value' } }, {})).rejects.toThrow(
      'The CRM refused this token or key. Check it and connect again.',
    );
    expect(await crmHandlers.listConnections({}, {})).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses to connect when the browser has not granted the API host', async () => {
    const calls = crm();
    fakeBrowser.permissions.contains = async () => false;
    await expect(crmHandlers.connectCrm({ crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: TOKEN } }, {})).rejects.toThrow(/no longer lets the extension reach this CRM/);
    expect(calls).toEqual([]);
  });

  it('disconnecting deletes the token and the connection', async () => {
    crm();
    await crmHandlers.connectCrm({ crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: TOKEN } }, {});
    expect(await crmHandlers.disconnectCrm({ id: 'nationbuilder:riverside' }, {})).toEqual({ removed: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await crmHandlers.listConnections({}, {})).toEqual([]);
  });

  it('a token refused later marks the connection "needs reconnecting" and the popup hears of it', async () => {
    crm();
    await crmHandlers.connectCrm({ crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: TOKEN } }, {});
    await fakeBrowser.storage.local.set({ 'crm-secret:nationbuilder:riverside': { kind: 'token', token: 'revoked-token-value' } });
    await expect(crmHandlers.testConnection({ id: 'nationbuilder:riverside' }, {})).rejects.toThrow(/refused/);
    expect(await crmHandlers.getCrmAlerts({}, {})).toEqual([{ id: 'nationbuilder:riverside', crm: 'nationbuilder', account: 'riverside', problem: 'The CRM refused this token or key. Check it and connect again.' }]);
  });
});
