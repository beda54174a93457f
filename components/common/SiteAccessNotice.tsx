import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import type { SiteAccess } from '../../lib/site-access';
import './site-access.css';

/**
 * Says so when the browser has not allowed the CRM sites (Firefox's Manifest V3 host
 * permissions are opt-in) and offers to ask for them. Shows nothing once they are allowed.
 */
export function SiteAccessNotice({ access }: { access: SiteAccess }) {
  const [granted, setGranted] = useState<boolean>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    // A browser without the permissions API cannot withhold sites: nothing to say then.
    const check = () => access.granted().then(setGranted, () => setGranted(true));
    void check();
    return access.watch(() => void check());
  }, [access]);

  if (granted !== false) return null;

  const ask = () => {
    // Called straight from the click, nothing awaited first: Firefox refuses the request
    // (no prompt at all) once the click is no longer being handled.
    access.request().then(
      (ok) => {
        setRefused(!ok);
        if (ok) setGranted(true);
      },
      () => setRefused(true),
    );
  };
  const names = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(access.crmNames);

  return (
    <section class="site-access" aria-labelledby="site-access-title">
      <h2 id="site-access-title">{t('siteAccess.title')}</h2>
      <p>{t('siteAccess.why', [names])}</p>
      <button type="button" onClick={ask}>
        {t('siteAccess.grant')}
      </button>
      {refused ? <p role="status">{t('siteAccess.refused')}</p> : null}
    </section>
  );
}
