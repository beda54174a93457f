import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { DAYS, FollowUpsApp, type FollowUpsApi } from '../../components/followups/FollowUpsApp';
import '../../components/followups/followups.css';
import { SiteAccessNotice } from '../../components/common/SiteAccessNotice';
import { siteAccess } from '../../lib/site-access';
import { DrivesNow } from '../../components/followups/DrivesNow';
import { ReconnectNotice } from '../../components/common/ReconnectNotice';
import type { CrmAlert } from '../../lib/protocol/crm';
import { t } from '../../lib/i18n';

const api: FollowUpsApi = {
  list: (request) => sendMessage('listFollowUps', request),
  more: (request) => sendMessage('moreFollowUps', request),
  complete: (id) => sendMessage('completeFollowUp', { id }),
  snooze: (id) => sendMessage('snoozeFollowUp', { id }),
  open: (id) => sendMessage('openFollowUp', { id }).then(() => window.close()),
  reportsUrl: browser.runtime.getURL('/reports.html'),
  optionsUrl: browser.runtime.getURL('/options.html'),
  teamUrl: browser.runtime.getURL('/team.html'),
  drives: <DrivesNow load={() => sendMessage('listDrives', { current: true })} />,
  notices: (
    <>
      <SiteAccessNotice access={siteAccess} />
      <CrmAlerts />
    </>
  ),
};

/** Connections that need reconnecting, said in the popup too. */
function CrmAlerts() {
  const [alerts, setAlerts] = useState<CrmAlert[]>([]);
  useEffect(() => void sendMessage('getCrmAlerts', {}).then(setAlerts, () => undefined), []);
  return <ReconnectNotice alerts={alerts} optionsUrl={browser.runtime.getURL('/options.html')} />;
}

document.title = t('actionTitle');
// Ask for the list before the first render, so the answer is on its way while Preact starts.
render(<FollowUpsApp api={api} first={api.list({ days: DAYS })} />, document.getElementById('app')!);
