import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { getDB } from '../../store/db';
import { getSettings } from '../../store/settings';
import { Connection, ConnectionSettings, connectionId, tokenExpired, type Secret } from '../../crm/writeback/model';
import { previewPlan, writers } from '../../crm/writeback';
import { crmNote, markerFor, reportFacts } from '../../crm/writeback/summary';
import { fillFormLink } from '../../crm/writeback/form';
import { exchangeCode } from '../../crm/writeback/oauth';
import { ExplainedFailure } from '../../crm/writeback/types';
import { callApi } from '../../outbox/http';
import { credentialOf, removeSecret, scrub, setSecret, getSecret } from '../../outbox/secrets';
import { discardSend, dropUnsent, latestItem, newItemId, queueSend, releaseConnection, retrySend } from '../../outbox/queue';
import { noteInput } from '../../outbox/context';
import { sendView } from '../../outbox/status';
import { needsReconnect } from '../../outbox/runner';
import { browserOutboxDeps, kickOutbox } from '../outbox';
import type { Handlers } from '../router';

/** A pasted NationBuilder API token works for 24 hours. */
const TOKEN_LIFETIME_MS = 24 * 3_600_000;

type CrmHandlers = Pick<
  Handlers,
  | 'listConnections'
  | 'connectCrm'
  | 'testConnection'
  | 'saveConnectionSettings'
  | 'disconnectCrm'
  | 'getCrmAlerts'
  | 'getCrmNote'
  | 'previewCrmSend'
  | 'sendToCrm'
  | 'retryCrmSend'
  | 'discardCrmSend'
  | 'openTeamForm'
>;

/** The CRM refused the token or key itself (401/403). */
class RefusedCredential extends Error {}

/** The harmless read that proves a credential, with what it tells us. Throws words for the organizer. */
async function probe(connection: Pick<Connection, 'crm' | 'account' | 'campaignId'>, secret: Secret) {
  const writer = writers[connection.crm];
  const answer = await callApi(browserOutboxDeps.fetch, writer, connection, credentialOf(secret), writer.test(connection), browserOutboxDeps.now);
  if (answer.outcome === 'reconnect') throw new RefusedCredential(t('writeback.connect.refused'));
  if (answer.outcome !== 'ok') throw new Error(scrub(answer.problem ?? t('writeback.error.network'), secret));
  return writer.readTest(answer.body);
}

async function stored(id: string): Promise<Connection> {
  const connection = await (await getDB()).get('connections', id);
  if (!connection) throw new Error(t('writeback.connect.unknown'));
  return connection;
}

export const crmHandlers: CrmHandlers = {
  async listConnections() {
    const all = await (await getDB()).getAll('connections');
    return all.sort((a, b) => a.id.localeCompare(b.id));
  },

  async connectCrm({ crm, account, credential, campaignId }) {
    const writer = writers[crm];
    if (crm === 'actionbuilder' && !campaignId) throw new Error(t('writeback.error.noCampaign'));
    // NationBuilder takes a token or its OAuth app; the other two an API key.
    if ((crm === 'nationbuilder') !== (credential.kind !== 'key')) throw new Error(t('writeback.connect.noSecret'));
    // The options page asked for these at the click; without them nothing could be sent.
    if (!(await browserOutboxDeps.hasPermission(writer.origins(account)))) throw new Error(t('writeback.problem.permission'));
    const now = Date.now();
    const secret: Secret =
      credential.kind === 'oauth'
        ? await exchangeCode(browserOutboxDeps.fetch, account, credential.code, credential.redirectUri, credential, now)
        : credential.kind === 'token'
          ? { kind: 'token', token: credential.token }
          : { kind: 'key', key: credential.key };
    const id = connectionId(crm, account);
    const found = await probe({ crm, account, campaignId }, secret);
    const db = await getDB();
    const existing = await db.get('connections', id);
    const connection = Connection.parse({
      settings: ConnectionSettings.parse({}),
      ...existing,
      id,
      crm,
      account,
      auth: secret.kind,
      state: 'connected',
      problem: undefined,
      organizer: found.organizer ?? existing?.organizer,
      campaignId: campaignId || undefined,
      campaignName: found.campaignName,
      tokenExpiresAt: secret.kind === 'token' ? now + TOKEN_LIFETIME_MS : undefined,
      holdUntil: undefined,
      connectedAt: now,
      updatedAt: now,
    });
    await setSecret(id, secret);
    await db.put('connections', connection);
    // Whatever waited for this account goes now.
    await releaseConnection(db, id, now);
    void kickOutbox();
    return connection;
  },

  async testConnection({ id }) {
    const connection = await stored(id);
    const secret = await getSecret(id);
    const now = Date.now();
    if (!secret) {
      await needsReconnect(id, t('writeback.problem.noToken'), now);
      throw new Error(t('writeback.problem.noToken'));
    }
    if (tokenExpired(connection, now)) {
      await needsReconnect(id, t('writeback.problem.expired'), now);
      throw new Error(t('writeback.problem.expired'));
    }
    try {
      const found = await probe(connection, secret);
      const next = { ...connection, organizer: found.organizer ?? connection.organizer, campaignName: found.campaignName ?? connection.campaignName, updatedAt: now };
      await (await getDB()).put('connections', next);
      return next;
    } catch (error) {
      if (error instanceof RefusedCredential) await needsReconnect(id, error.message, now);
      throw error;
    }
  },

  async saveConnectionSettings({ id, settings }) {
    const db = await getDB();
    const connection = await stored(id);
    const next = Connection.parse({ ...connection, settings: { ...connection.settings, ...settings }, updatedAt: Date.now() });
    await db.put('connections', next);
    return next;
  },

  async disconnectCrm({ id }) {
    const db = await getDB();
    const connection = await db.get('connections', id);
    await removeSecret(id);
    const tx = db.transaction(['connections', 'outbox'], 'readwrite');
    await tx.objectStore('connections').delete(id);
    await dropUnsent(tx, id);
    await tx.done;
    if (connection) {
      // Give back what the connect asked for; the CRM pages' own permission stays (the browser
      // refuses to remove a permission the manifest requires).
      await browser.permissions.remove({ origins: writers[connection.crm].origins(connection.account) }).catch(() => false);
    }
    void kickOutbox();
    return { removed: connection !== undefined };
  },

  async getCrmAlerts() {
    const all = await (await getDB()).getAll('connections');
    const now = Date.now();
    return all
      .filter((c) => c.state === 'needs-reconnect' || tokenExpired(c, now))
      .map((c) => ({ id: c.id, crm: c.crm, account: c.account, problem: c.problem ?? t('writeback.problem.expired') }));
  },

  async getCrmNote({ meetingId, includeNotes }) {
    const input = await noteInput(await getDB(), meetingId, includeNotes);
    return { text: crmNote(input, { marker: markerFor(meetingId.replaceAll('-', '').slice(0, 16)) }) };
  },

  async previewCrmSend({ meetingId }) {
    const db = await getDB();
    const input = await noteInput(db, meetingId, false);
    const connection = await db.get('connections', connectionId(input.person.crm, input.person.account));
    if (!connection) return { ok: false, problem: t('writeback.status.notConnected') };
    const item = await latestItem(db.transaction('outbox'), meetingId);
    const ref = item && item.state !== 'sent' ? item.id : newItemId();
    try {
      const requests = previewPlan({
        ...input,
        organizerName: input.organizerName || connection.organizer?.name || '',
        connection,
        marker: markerFor(ref),
        kind: item?.state === 'sent' ? 'update' : (item?.kind ?? 'report'),
      });
      return { ok: true, crm: connection.crm, account: connection.account, requests };
    } catch (error) {
      if (error instanceof ExplainedFailure) return { ok: false, problem: error.message };
      throw error;
    }
  },

  async sendToCrm({ meetingId, confirm }) {
    const db = await getDB();
    const item = await queueSend(db, meetingId, Date.now(), confirm);
    void kickOutbox();
    return item ? sendView(item, await db.get('meetings', meetingId)) : null;
  },

  async retryCrmSend({ meetingId }) {
    const db = await getDB();
    const item = await retrySend(db, meetingId, Date.now());
    void kickOutbox();
    return item ? sendView(item, await db.get('meetings', meetingId)) : null;
  },

  async discardCrmSend({ meetingId }) {
    const db = await getDB();
    const before = await latestItem(db.transaction('outbox'), meetingId);
    await discardSend(db, meetingId);
    const after = await latestItem(db.transaction('outbox'), meetingId);
    return { discarded: before !== undefined && before.id !== after?.id };
  },

  async openTeamForm({ meetingId }) {
    const db = await getDB();
    const { teamForm } = await getSettings(db);
    if (!teamForm.url) throw new Error(t('writeback.form.notSet'));
    const input = await noteInput(db, meetingId, !(await db.get('meetings', meetingId))?.private);
    const url = fillFormLink(teamForm.url, teamForm.fields, reportFacts(input));
    await browser.tabs.create({ url });
    return { opened: true };
  },
};
