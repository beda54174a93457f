import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { FollowUpsApp, type FollowUpsApi } from '../../components/followups/FollowUpsApp';
import '../../components/followups/followups.css';

const api: FollowUpsApi = {
  list: (request) => sendMessage('listFollowUps', request),
  more: (request) => sendMessage('moreFollowUps', request),
  complete: (id) => sendMessage('completeFollowUp', { id }),
  snooze: (id) => sendMessage('snoozeFollowUp', { id }),
  open: (id) => sendMessage('openFollowUp', { id }).then(() => window.close()),
  reportsUrl: browser.runtime.getURL('/reports.html'),
  optionsUrl: browser.runtime.getURL('/options.html'),
};

render(<FollowUpsApp api={api} />, document.getElementById('app')!);
