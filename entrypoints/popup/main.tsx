import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import type { FollowUpList as List } from '../../lib/protocol/followups';
import { FollowUpList } from '../../components/followups/FollowUpList';
import { DrivesNow } from '../../components/followups/DrivesNow';
import { t } from '../../lib/i18n';
import '../../components/followups/followups.css';
import { SiteAccessNotice } from '../../components/common/SiteAccessNotice';
import { siteAccess } from '../../lib/site-access';
import { ReconnectNotice } from '../../components/common/ReconnectNotice';
import type { CrmAlert } from '../../lib/protocol/crm';

function Popup() {
  const [list, setList] = useState<List>();
  const [error, setError] = useState('');
  const [alerts, setAlerts] = useState<CrmAlert[]>([]);
  useEffect(() => void sendMessage('getCrmAlerts', {}).then(setAlerts, () => undefined), []);
  const load = () =>
    sendMessage('listFollowUps', { days: 7 })
      .then(setList)
      .catch((e: Error) => setError(e.message));
  useEffect(() => void load(), []);
  const act = (work: Promise<unknown>) => work.then(load).catch((e: Error) => setError(e.message));

  return (
    <>
      <header class="fu-top">
        <h1>Follow-ups</h1>
      </header>
      <main>
        <SiteAccessNotice access={siteAccess} />
        <DrivesNow load={() => sendMessage('listDrives', { current: true })} />

        <ReconnectNotice alerts={alerts} optionsUrl={browser.runtime.getURL('/options.html')} />
        {error ? (
          <p class="fu-error" role="alert">
            {error}
          </p>
        ) : null}
        {list ? (
          <FollowUpList
            list={list}
            onDone={(id) => act(sendMessage('completeFollowUp', { id }))}
            onSnooze={(id) => act(sendMessage('snoozeFollowUp', { id }))}
            onOpen={(id) => act(sendMessage('openFollowUp', { id }).then(() => window.close()))}
          />
        ) : (
          <p class="fu-empty">Loading…</p>
        )}
      </main>
      <footer class="fu-links">
        <a class="fu-link" href={browser.runtime.getURL('/reports.html')} target="_blank">
          Reports
        </a>
        <a class="fu-link" href={browser.runtime.getURL('/team.html')} target="_blank">{t('team.page.link')}</a>
        <a class="fu-link" href={browser.runtime.getURL('/options.html')} target="_blank">
          Options
        </a>
      </footer>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
