import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import { followRestoreProgress } from '../../lib/restore-progress';
import '../../components/common/page.css';

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
  systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  reportsUrl: browser.runtime.getURL('/reports.html'),
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
