import { getDB } from '../../store/db';
import { getPerson, updatePerson, upsertFromRef } from '../../store/people';
import { getSettings } from '../../store/settings';
import { listTemplates } from '../../store/templates';
import { personFollowUps } from '../../store/followups';
import { personMeetings } from '../../store/meetings';
import { openCommitments } from '../../store/commitments';
import { takeFocus } from '../open-person';
import type { Handlers } from '../router';

export const personHandlers: Pick<Handlers, 'getPersonView' | 'updatePerson'> = {
  async getPersonView({ ref }) {
    const db = await getDB();
    const person = await upsertFromRef(db, ref, Date.now());
    const [settings, templates, followUps, meetings, commitments] = await Promise.all([
      getSettings(db),
      listTemplates(db),
      personFollowUps(db, person.key),
      personMeetings(db, person.key),
      openCommitments(db, person.key),
    ]);
    const focusFollowUpId = await takeFocus(db, person.key, Date.now());
    return { person, settings, templates, meetings, commitments, followUps, focusFollowUpId };
  },

  async updatePerson({ key, baseRev, patch, force }) {
    const db = await getDB();
    if (!(await getPerson(db, key))) throw new Error(`No person is stored under "${key}"`);
    const { record, conflicts } = await updatePerson(db, key, patch, baseRev, Date.now(), force);
    return { person: record, conflicts };
  },
};
