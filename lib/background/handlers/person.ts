import { getDB } from '../../store/db';
import { getPerson, updatePerson, upsertFromRef } from '../../store/people';
import { getSettings } from '../../store/settings';
import { listTemplates } from '../../store/templates';
import { personFollowUps } from '../../store/followups';
import { personMeetings } from '../../store/meetings';
import { openCommitments } from '../../store/commitments';
import { takeFocus } from '../open-person';
import { personKey } from '../../crm/types';
import { panelStatus } from '../../outbox/status';
import type { Handlers } from '../router';

export const personHandlers: Pick<Handlers, 'getPersonView' | 'updatePerson'> = {
  async getPersonView({ ref }) {
    const db = await getDB();
    const key = personKey(ref);
    // All at once: the panel waits on this answer while the CRM page is still loading.
    const [person, settings, templates, followUps, meetings, commitments, focusFollowUpId] = await Promise.all([
      upsertFromRef(db, ref, Date.now()),
      getSettings(db),
      listTemplates(db),
      personFollowUps(db, key),
      personMeetings(db, key),
      openCommitments(db, key),
      takeFocus(db, key, Date.now()),
    ]);
    const crm = await panelStatus(db, person, meetings, settings);
    return { person, settings, templates, meetings, commitments, followUps, focusFollowUpId, crm };
  },

  async updatePerson({ key, baseRev, patch, force }) {
    const db = await getDB();
    if (!(await getPerson(db, key))) throw new Error(`No person is stored under "${key}"`);
    const { record, conflicts } = await updatePerson(db, key, patch, baseRev, Date.now(), force);
    return { person: record, conflicts };
  },
};
