import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { CrmKind } from '../../lib/model';
import { RatedLadder, type Connection, type ConnectionSettings } from '../../lib/crm/writeback/model';
import { ladderText } from '../../lib/crm/writeback/summary';
import { CRM_NAMES, connectionName } from '../../lib/crm/names';
import { Field } from './Field';

/** A credential as typed in the form; it goes to the background once and never comes back. */
export type ConnectInput =
  | { crm: CrmKind; account: string; method: 'token'; token: string }
  | { crm: CrmKind; account: string; method: 'oauth'; clientId: string; clientSecret: string }
  | { crm: CrmKind; account: string; method: 'key'; key: string; campaignId?: string };

/** What the section needs; the options entrypoint wires it to the browser and the background. */
export interface ConnectionsApi {
  list(): Promise<Connection[]>;
  /**
   * Asks the browser for the CRM's API host. Called first thing in the click that connects
   * (Firefox grants host permissions only from a user's click, with nothing awaited before).
   */
  requestAccess(crm: CrmKind, account: string): Promise<boolean>;
  connect(input: ConnectInput): Promise<Connection>;
  test(id: string): Promise<Connection>;
  saveSettings(id: string, settings: Partial<ConnectionSettings>): Promise<Connection>;
  disconnect(id: string): Promise<void>;
  formatTime(ms: number): string;
  now(): number;
}



function Text({ label, hint, value, onInput, type = 'text' }: { label: string; hint?: string; value: string; onInput(v: string): void; type?: 'text' | 'password' }) {
  return (
    <Field label={label} hint={hint}>
      {(id, hintId) =>
        type === 'password' ? (
          <input id={id} type="password" value={value} aria-describedby={hintId} autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
        ) : (
          <input id={id} type="text" value={value} aria-describedby={hintId} autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
        )
      }
    </Field>
  );
}

/** Options → CRM connections: connect an account, test it, set what is written, disconnect. */
export function ConnectionsSection({ api }: { api: ConnectionsApi }) {
  const [connections, setConnections] = useState<Connection[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<{ crm: CrmKind; account: string }>({ crm: 'nationbuilder', account: '' });

  const load = () => api.list().then(setConnections, (e: Error) => setMessage({ ok: false, text: e.message }));
  useEffect(() => void load(), []);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
      await load();
    }
  };

  const now = api.now();
  const alerts = connections.filter((c) => c.state === 'needs-reconnect' || (c.tokenExpiresAt !== undefined && c.tokenExpiresAt <= now));

  return (
    <section class="card" aria-labelledby="crm-h">
      <h2 id="crm-h">{t('writeback.options.title')}</h2>
      <p class="note">{t('writeback.options.lead')}</p>
      {alerts.map((c) => (
        <p key={c.id} class="error" role="alert">
          {t('writeback.options.needsReconnect', [connectionName(c.crm, c.account), c.problem ?? t('writeback.problem.expired')])}
        </p>
      ))}
      {connections.map((c) => (
        <ConnectionCard
          key={c.id}
          connection={c}
          api={api}
          busy={busy}
          now={now}
          onReconnect={() => setForm({ crm: c.crm, account: c.account })}
          run={run}
        />
      ))}
      <ConnectForm key={`${form.crm}:${form.account}`} initial={form} api={api} busy={busy} run={run} />
      <p role="status" class={message?.ok === false ? 'error' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function ConnectionCard({ connection: c, api, busy, now, onReconnect, run }: {
  connection: Connection;
  api: ConnectionsApi;
  busy: boolean;
  now: number;
  onReconnect(): void;
  run(work: () => Promise<string>): Promise<void>;
}) {
  const name = connectionName(c.crm, c.account);
  const expired = c.tokenExpiresAt !== undefined && c.tokenExpiresAt <= now;
  const status =
    c.state === 'needs-reconnect' || expired
      ? t('writeback.options.stateReconnect')
      : c.organizer?.name
        ? t('writeback.options.stateConnectedAs', [c.organizer.name])
        : t('writeback.options.stateConnected');
  return (
    <article class="step" aria-label={name}>
      <h3>{name}</h3>
      <p>
        <strong>{status}</strong>
        {c.campaignName ? ` ${t('writeback.options.campaign', [c.campaignName])}` : ''}
        {c.auth === 'token' && c.tokenExpiresAt !== undefined && !expired ? ` ${t('writeback.options.tokenExpires', [api.formatTime(c.tokenExpiresAt)])}` : ''}
        {c.auth === 'oauth' ? ` ${t('writeback.options.oauthRefreshed')}` : ''}
      </p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => run(async () => {
          const tested = await api.test(c.id);
          return tested.organizer?.name ? t('writeback.options.testedAs', [tested.organizer.name]) : t('writeback.options.tested');
        })}>
          {t('writeback.options.test')}
        </button>
        {c.state === 'needs-reconnect' || expired ? (
          <button type="button" class="primary" disabled={busy} onClick={onReconnect}>
            {t('writeback.options.reconnect')}
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={() => run(async () => {
          await api.disconnect(c.id);
          return t('writeback.options.disconnected', [name]);
        })}>
          {t('writeback.options.disconnect')}
        </button>
      </div>
      <WhatIsWritten connection={c} busy={busy} onSave={(settings) => run(async () => {
        await api.saveSettings(c.id, settings);
        return t('writeback.options.saved');
      })} />
    </article>
  );
}

/** The few things the organizer decides about what is written (one small form per CRM). */
function WhatIsWritten({ connection: c, busy, onSave }: { connection: Connection; busy: boolean; onSave(s: Partial<ConnectionSettings>): void }) {
  const [s, setS] = useState(c.settings);
  const set = (patch: Partial<ConnectionSettings>) => setS((current) => ({ ...current, ...patch }));
  return (
    <details>
      <summary>{t('writeback.options.whatIsWritten')}</summary>
      <p class="note">{c.crm === 'nationbuilder' ? t('writeback.options.nbWrites') : c.crm === 'actionnetwork' ? t('writeback.options.anWrites') : t('writeback.options.abWrites')}</p>
      <Text label={t('writeback.options.tag')} value={s.tag} onInput={(tag) => set({ tag })} hint={t('writeback.options.tagHint')} />
      {c.crm === 'actionnetwork' ? (
        <>
          <Text label={t('writeback.options.lastDateField')} value={s.lastDateField} onInput={(lastDateField) => set({ lastDateField })} />
          <Text label={t('writeback.options.answerField')} value={s.answerField} onInput={(answerField) => set({ answerField })} />
          <Text label={t('writeback.options.ladderField')} value={s.ladderField} onInput={(ladderField) => set({ ladderField })} hint={t('writeback.options.fieldsHint')} />
        </>
      ) : null}
      {c.crm === 'actionbuilder' ? (
        <>
          <Text label={t('writeback.options.tagSection')} value={s.tagSection} onInput={(tagSection) => set({ tagSection })} />
          <Text label={t('writeback.options.tagField')} value={s.tagField} onInput={(tagField) => set({ tagField })} hint={t('writeback.options.tagFieldHint')} />
          <fieldset>
            <legend>{t('writeback.options.assessments')}</legend>
            {RatedLadder.options.map((level) => (
              <Field key={level} label={ladderText(level)}>
                {(id) => (
                  <select
                    id={id}
                    value={String(s.assessments[level] ?? '')}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      set({ assessments: { ...s.assessments, [level]: value ? Number(value) : null } });
                    }}
                  >
                    <option value="">{t('writeback.options.assessmentNone')}</option>
                    {[1, 2, 3, 4, 5, 6].map((n) => (
                      <option key={n} value={String(n)}>
                        {n}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
        </>
      ) : null}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => onSave(s)}>
          {t('writeback.options.save')}
        </button>
      </div>
    </details>
  );
}

function ConnectForm({ initial, api, busy, run }: { initial: { crm: CrmKind; account: string }; api: ConnectionsApi; busy: boolean; run(work: () => Promise<string>): Promise<void> }) {
  const [crm, setCrm] = useState<CrmKind>(initial.crm);
  const [account, setAccount] = useState(initial.account);
  const [method, setMethod] = useState<'token' | 'oauth'>('token');
  const [token, setToken] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [key, setKey] = useState('');
  const [campaignId, setCampaignId] = useState('');

  const connect = (event: Event) => {
    event.preventDefault();
    const acct = account.trim().toLowerCase();
    // Asked before anything is awaited: the browser grants it only from the click itself.
    const access = api.requestAccess(crm, acct);
    void run(async () => {
      if (!(await access)) throw new Error(t('writeback.options.accessRefused'));
      const input: ConnectInput =
        crm !== 'nationbuilder'
          ? { crm, account: acct, method: 'key', key, campaignId: crm === 'actionbuilder' ? campaignId.trim() : undefined }
          : method === 'token'
            ? { crm, account: acct, method, token }
            : { crm, account: acct, method, clientId, clientSecret };
      const connection = await api.connect(input);
      setToken('');
      setKey('');
      setClientSecret('');
      const name = connectionName(connection.crm, connection.account);
      return connection.organizer?.name ? t('writeback.options.connectedAs', [name, connection.organizer.name]) : t('writeback.options.connected', [name]);
    });
  };

  const accountLabel = crm === 'nationbuilder' ? t('writeback.options.nation') : crm === 'actionnetwork' ? t('writeback.options.group') : t('writeback.options.organization');
  const accountHint = crm === 'nationbuilder' ? t('writeback.options.nationHint') : crm === 'actionnetwork' ? t('writeback.options.groupHint') : t('writeback.options.organizationHint');
  return (
    <form class="step" aria-labelledby="crm-connect-h" onSubmit={connect}>
      <h3 id="crm-connect-h">{t('writeback.options.connectTitle')}</h3>
      <Field label={t('writeback.options.crm')}>
        {(id) => (
          <select id={id} value={crm} onChange={(e) => setCrm(e.currentTarget.value as CrmKind)}>
            {(Object.keys(CRM_NAMES) as CrmKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {CRM_NAMES[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Text label={accountLabel} hint={accountHint} value={account} onInput={setAccount} />
      {crm === 'nationbuilder' ? (
        <>
          <div role="radiogroup" aria-label={t('writeback.options.howToConnect')} class="actions">
            <label class="check">
              <input type="radio" name="nb-method" checked={method === 'token'} onChange={() => setMethod('token')} />
              {t('writeback.options.methodToken')}
            </label>
            <label class="check">
              <input type="radio" name="nb-method" checked={method === 'oauth'} onChange={() => setMethod('oauth')} />
              {t('writeback.options.methodOauth')}
            </label>
          </div>
          {method === 'token' ? (
            <Text label={t('writeback.options.token')} hint={t('writeback.options.tokenHint')} type="password" value={token} onInput={setToken} />
          ) : (
            <>
              <Text label={t('writeback.options.clientId')} value={clientId} onInput={setClientId} />
              <Text label={t('writeback.options.clientSecret')} hint={t('writeback.options.clientSecretHint')} type="password" value={clientSecret} onInput={setClientSecret} />
            </>
          )}
        </>
      ) : (
        <>
          <Text label={t('writeback.options.apiKey')} hint={t('writeback.options.apiKeyHint')} type="password" value={key} onInput={setKey} />
          {crm === 'actionbuilder' ? <Text label={t('writeback.options.campaignId')} hint={t('writeback.options.campaignIdHint')} value={campaignId} onInput={setCampaignId} /> : null}
        </>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || !account.trim()}>
          {t('writeback.options.connect')}
        </button>
      </div>
    </form>
  );
}
