import { t } from '../../lib/i18n';
import type { CrmAlert } from '../../lib/protocol/crm';
import { connectionName } from '../../lib/crm/names';

/** CRM connections that need reconnecting: reports wait for them (the popup shows this). */
export function ReconnectNotice({ alerts, optionsUrl }: { alerts: CrmAlert[]; optionsUrl: string }) {
  if (!alerts.length) return null;
  return (
    <div role="alert" class="fu-error">
      {alerts.map((a) => (
        <p key={a.id}>{t('writeback.popup.needsReconnect', [connectionName(a.crm, a.account)])}</p>
      ))}
      <a href={optionsUrl} target="_blank">
        {t('writeback.popup.openOptions')}
      </a>
    </div>
  );
}
