import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { TeamApp, type TeamApi } from '../../components/team/TeamApp';
import '../../components/common/page.css';

const api: TeamApi = {
  getTeam: () => sendMessage('getTeam', {}),
  importFile: (text) => sendMessage('importTeamFile', { text }),
  remove: async (organizerId) => void (await sendMessage('removeTeamFile', { organizerId })),
  exportCsv: () => sendMessage('exportTeamCsv', {}),
  getSettings: () => sendMessage('getSettings', {}),
  saveSettings: (patch) => sendMessage('saveSettings', { patch }),
  systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  reportsUrl: browser.runtime.getURL('/reports.html'),
  optionsUrl: browser.runtime.getURL('/options.html'),
};

document.title = t('team.page.docTitle');
render(<TeamApp api={api} />, document.getElementById('app')!);
