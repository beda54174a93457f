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
};

render(<ReportsApp api={api} />, document.getElementById('app')!);
