import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { ReportsApp, type ReportsApi } from '../../components/reports/ReportsApp';
import '../../components/common/page.css';

const api: ReportsApi = {
  getReport: (from, to) => sendMessage('getReport', { from, to }),
  exportCsv: (what, from, to, after) => sendMessage('exportCsv', { what, from, to, after }),
  timeZone: () => sendMessage('getReport', { from: 0, to: 0 }).then((r) => r.timeZone),
  optionsUrl: browser.runtime.getURL('/options.html'),
  now: () => Date.now(),
  drives: {
    list: () => sendMessage('listDrives', {}),
    save: (input) => sendMessage('saveDrive', input),
    remove: async (id) => void (await sendMessage('deleteDrive', { id })),
  },
  share: {
    organizerName: () => sendMessage('getSettings', {}).then((s) => s.organizerName),
    saveOrganizerName: async (organizerName) => void (await sendMessage('saveSettings', { patch: { organizerName } })),
    exportTeamFile: (from, to, includeNotes) => sendMessage('exportTeamFile', { from, to, includeNotes }),
  },
};

render(<ReportsApp api={api} />, document.getElementById('app')!);
