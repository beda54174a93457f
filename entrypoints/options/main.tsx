import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import { followRestoreProgress } from '../../lib/restore-progress';
import '../../components/common/page.css';
import { SiteAccessNotice } from '../../components/common/SiteAccessNotice';
import { siteAccess } from '../../lib/site-access';
import type { ConnectionsApi } from '../../components/options/ConnectionsSection';
import { writers } from '../../lib/crm/writeback';
import { authorizeUrl } from '../../lib/crm/writeback/oauth';
import { formatWhen } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { setZodLanguage } from '../../lib/zod-language';
import type { Settings } from '../../lib/model';

setZodLanguage();

/** Signs in to the nation's OAuth app in a browser window; returns the code it hands back. */
async function signIn(nation: string, clientId: string): Promise<{ code: string; redirectUri: string }> {
  const redirectUri = browser.identity.getRedirectURL();
  const state = crypto.randomUUID();
  const back = new URL(await browser.identity.launchWebAuthFlow({ url: authorizeUrl(nation, clientId, redirectUri, state), interactive: true }) ?? '');
  const code = back.searchParams.get('code');
  if (!code || back.searchParams.get('state') !== state) throw new Error(t('writeback.connect.oauthRefused', [back.searchParams.get('error') ?? '?']));
  return { code, redirectUri };
}

/**
 * The organizer's time zone for the token's expiry: the system's until the page's own settings
 * read answers, then whatever the settings say, also after they are saved with a new zone.
 */
const systemTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
let timeZone = systemTimeZone;
const withZone = (settings: Settings): Settings => {
  timeZone = settings.timeZone || systemTimeZone;
  return settings;
};

const connections: ConnectionsApi = {
  list: () => sendMessage('listConnections', {}),
  requestAccess: (crm, account) => browser.permissions.request({ origins: writers[crm].origins(account) }).catch(() => false),
  async connect(input) {
    const { crm, account } = input;
    if (input.method === 'oauth') {
      const { code, redirectUri } = await signIn(account, input.clientId);
      return sendMessage('connectCrm', { crm, account, credential: { kind: 'oauth', code, redirectUri, clientId: input.clientId, clientSecret: input.clientSecret } });
    }
    if (input.method === 'token') return sendMessage('connectCrm', { crm, account, credential: { kind: 'token', token: input.token } });
    return sendMessage('connectCrm', { crm, account, credential: { kind: 'key', key: input.key }, campaignId: input.campaignId });
  },
  test: (id) => sendMessage('testConnection', { id }),
  saveSettings: (id, settings) => sendMessage('saveConnectionSettings', { id, settings }),
  disconnect: async (id) => void (await sendMessage('disconnectCrm', { id })),
  formatTime: (ms) => formatWhen(ms, timeZone),
  now: () => Date.now(),
};

/** Asks once for persistent storage, then reports what the browser decided. */
async function storage(): Promise<'granted' | 'denied' | 'unknown'> {
  if (!navigator.storage?.persisted) return 'unknown';
  if (await navigator.storage.persisted()) return 'granted';
  return (await navigator.storage.persist().catch(() => false)) ? 'granted' : 'denied';
}

const api: OptionsApi = {
  getSettings: async () => withZone(await sendMessage('getSettings', {})),
  saveSettings: async (patch) => withZone(await sendMessage('saveSettings', { patch })),
  listTemplates: () => sendMessage('listTemplates', {}),
  saveTemplate: (template) => sendMessage('saveTemplate', { template }),
  deleteTemplate: (id) => sendMessage('deleteTemplate', { id }),
  importTemplates: (text, choices) => sendMessage('importTemplates', { text, choices }),
  exportBackup: () => sendMessage('exportBackup', {}),
  async importBackup(text, mode, onProgress) {
    const progress = crypto.randomUUID();
    const stop = followRestoreProgress(progress, onProgress);
    try {
      return await sendMessage('importBackup', { text, mode, progress });
    } finally {
      stop();
    }
  },
  storage,
  systemTimeZone,
  reportsUrl: browser.runtime.getURL('/reports.html'),
  teamUrl: browser.runtime.getURL('/team.html'),

  connections,
};

document.title = t('options.page.title');
render(
  <>
    <SiteAccessNotice access={siteAccess} />
    <OptionsApp api={api} />
  </>,
  document.getElementById('app')!,
);
