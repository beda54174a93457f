import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import '../../components/common/page.css';
import { SiteAccessNotice } from '../../components/common/SiteAccessNotice';
import { siteAccess } from '../../lib/site-access';

/** Asks once for persistent storage, then reports what the browser decided. */
async function storage(): Promise<'granted' | 'denied' | 'unknown'> {
  if (!navigator.storage?.persisted) return 'unknown';
  if (await navigator.storage.persisted()) return 'granted';
  return (await navigator.storage.persist().catch(() => false)) ? 'granted' : 'denied';
}

const api: OptionsApi = {
  getSettings: () => sendMessage('getSettings', {}),
  saveSettings: (patch) => sendMessage('saveSettings', { patch }),
  listTemplates: () => sendMessage('listTemplates', {}),
  saveTemplate: (template) => sendMessage('saveTemplate', { template }),
  deleteTemplate: async (id) => void (await sendMessage('deleteTemplate', { id })),
  importTemplates: (text) => sendMessage('importTemplates', { text }),
  exportBackup: () => sendMessage('exportBackup', {}),
  importBackup: (text, mode) => sendMessage('importBackup', { text, mode }),
  storage,
  systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  reportsUrl: browser.runtime.getURL('/reports.html'),
};

render(
  <>
    <SiteAccessNotice access={siteAccess} />
    <OptionsApp api={api} />
  </>,
  document.getElementById('app')!,
);
