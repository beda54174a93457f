import { getDB } from '../../store/db';
import { correctName, getPerson, updatePerson, upsertFromRef } from '../../store/people';
import { getSettings } from '../../store/settings';
import { listTemplates } from '../../store/templates';
import { personFollowUps } from '../../store/followups';
import { personMeetings } from '../../store/meetings';
import { openCommitments } from '../../store/commitments';
import { takeFocus } from '../open-person';
import { recentTeamContacts } from '../../store/team';
import { recentContacts } from '../../rules/recent-contacts';
import { MAX_RECENT_CONTACT_DAYS } from '../../model';
import { personKey } from '../../crm/types';
import { panelStatus } from '../../outbox/status';
import type { Handlers } from '../router';
import { getTab } from '../tab-state';
import { t } from '../../i18n';

export const personHandlers: Pick<Handlers, 'getPersonView' | 'updatePerson' | 'correctPersonName'> = {
  async getPersonView(_data, sender) {
    const tab = sender.tab?.id === undefined ? undefined : await getTab(sender.tab.id);
    if (tab?.read.phase !== 'recognized') throw new Error(t('errors.noRecognizedPerson'));
    const { ref } = tab.read;
    const db = await getDB();
    const key = personKey(ref);
    const now = Date.now();
    // All at once: the panel waits on this answer while the CRM page is still loading.
    const [person, settings, templates, followUps, meetings, commitments, focusFollowUpId, team] = await Promise.all([
      upsertFromRef(db, ref, Date.now()),
      getSettings(db),
      listTemplates(db),
      personFollowUps(db, key),
      personMeetings(db, key),
      openCommitments(db, key),
      takeFocus(db, key, Date.now()),
      // The team's 1:1s with this person: one index range over the longest window the setting allows.
      recentTeamContacts(db, key, now - MAX_RECENT_CONTACT_DAYS * 86_400_000),
    ]);
    // Seam for the CRM's own contact log (write-back work): read it in the background, cached,
    // never awaited here, and pass it as `crm`.
    const recent = recentContacts({ own: meetings, team, now, days: settings.recentContactDays });
    const crm = await panelStatus(db, person, meetings, settings);
    return { person, settings, templates, meetings, commitments, followUps, focusFollowUpId, recentContacts: recent, crm };
  },

  async updatePerson({ key, baseRev, patch, force }) {
    const db = await getDB();
    if (!(await getPerson(db, key))) throw new Error(t('errors.noPerson', [key]));
    const { record, conflicts } = await updatePerson(db, key, patch, baseRev, Date.now(), force);
    return { person: record, conflicts };
  },

  async correctPersonName({ key, name }) {
    const db = await getDB();
    return { person: await correctName(db, key, name, Date.now()) };
  },
};
