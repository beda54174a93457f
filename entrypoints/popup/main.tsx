import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { DAYS, FollowUpsApp, type FollowUpsApi } from '../../components/followups/FollowUpsApp';
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

// Ask for the list before the first render, so the answer is on its way while Preact starts.
render(<FollowUpsApp api={api} first={api.list({ days: DAYS })} />, document.getElementById('app')!);
