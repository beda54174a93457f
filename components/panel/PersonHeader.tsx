import type { Person } from '../../lib/model';
import { t } from '../../lib/i18n';

/** Name and ways to reach the person. Page text is rendered as text, never as markup. */
export function PersonHeader({ person, crmLabel }: { person: Person; crmLabel: string }) {
  return (
    <section class="occ-person" aria-labelledby="occ-person-name">
      <h2 id="occ-person-name" class="occ-person__name">
        {person.name || t('panel.person.unnamed')}
      </h2>
      <p class="occ-person__meta">
        {crmLabel} · {person.account}
      </p>
      <ul class="occ-person__contact">
        {person.email ? <li>{person.email}</li> : null}
        {person.phone ? <li>{person.phone}</li> : null}
        {!person.email && !person.phone ? <li>{t('panel.person.noContact')}</li> : null}
      </ul>
      {person.crmId ? null : (
        <p class="occ-hint">{t('panel.person.byEmail', [crmLabel])}</p>
      )}
    </section>
  );
}
