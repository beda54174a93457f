import { resolveTimeZone } from '../rules/followups';
import { getSettings } from '../store/settings';
import { getTemplate } from '../store/templates';
import type { DB } from '../store/db';
import type { Commitment, Meeting, Person } from '../model';
import type { NoteInput } from '../crm/writeback/summary';

/** A finished 1:1 with everything its note is made of, read from the store. */
export async function noteInput(db: DB, meetingId: string, includeNotes: boolean): Promise<NoteInput & { meeting: Meeting; person: Person; commitments: Commitment[] }> {
  const meeting = await db.get('meetings', meetingId);
  if (!meeting) throw new Error(`No 1:1 is stored under "${meetingId}"`);
  const [person, commitments, template, settings] = await Promise.all([
    db.get('people', meeting.personKey),
    db.getAllFromIndex('commitments', 'by-meeting', meetingId),
    getTemplate(db, meeting.templateId),
    getSettings(db),
  ]);
  if (!person) throw new Error(`No person is stored under "${meeting.personKey}"`);
  return {
    meeting,
    person,
    commitments: commitments.filter((c) => c.status !== 'dropped'),
    templateName: template?.name ?? meeting.templateId,
    organizerName: settings.organizerName,
    timeZone: resolveTimeZone(settings),
    includeNotes,
  };
}
