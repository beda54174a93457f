import { getDB } from '../../store/db';
import { getPerson, updatePerson, upsertFromRef } from '../../store/people';
import { getSettings } from '../../store/settings';
import { listTemplates } from '../../store/templates';
import { personFollowUps } from '../../store/followups';
import { personMeetings } from '../../store/meetings';
import { openCommitments } from '../../store/commitments';
import { takeFocus } from '../open-person';
import { personKey } from '../../crm/types';
import type { Handlers } from '../router';
import { getTab } from '../tab-state';

export const personHandlers: Pick<Handlers, 'getPersonView' | 'updatePerson'> = {
  async getPersonView(_data, sender) {
    const tab = sender.tab?.id === undefined ? undefined : await getTab(sender.tab.id);
    if (tab?.read.phase !== 'recognized') throw new Error('This page shows no one the panel recognized');
    const { ref } = tab.read;
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
    return { person, settings, templates, meetings, commitments, followUps, focusFollowUpId };
  },

  async updatePerson({ key, baseRev, patch, force }) {
    const db = await getDB();
    if (!(await getPerson(db, key))) throw new Error(`No person is stored under "${key}"`);
    const { record, conflicts } = await updatePerson(db, key, patch, baseRev, Date.now(), force);
    return { person: record, conflicts };
  },
};
