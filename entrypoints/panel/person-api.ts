import type { PanelApi } from '../../components/panel/api';
import { sendMessage } from '../../lib/messaging';
import type { PersonView } from '../../lib/protocol/person';
import type { MessageType, Request, Response } from '../../lib/protocol';

/** Sends one protocol message and returns the background's answer. */
export type Send = <K extends MessageType>(type: K, data: Request<K>) => Promise<Response<K>>;
const viaMessages: Send = (type, data) => sendMessage(type, data as never) as Promise<never>;

/**
 * The panel's callbacks, as messages to the background. `getView` reads the latest view (edits
 * are based on its revisions), `setView` stores a new one, `refresh` fetches it again. `send` is
 * the messaging (tests pass the background's handlers).
 */
export function createPanelApi(
  getView: () => PersonView,
  setView: (view: PersonView) => void,
  refresh: () => Promise<void>,
  send: Send = viaMessages,
): PanelApi {
  const key = () => getView().person.key;
  /** Runs a write, then shows its effects (follow-ups, history) before answering. */
  const then = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await refresh();
    return result;
  };
  /** Puts a meeting the background returned into the view in place of its older copy. */
  const putMeeting = (meeting: PersonView['meetings'][number]) => {
    const view = getView();
    setView({ ...view, meetings: view.meetings.map((m) => (m.id === meeting.id ? meeting : m)) });
  };
  return {
    async savePersonNotes(notes, baseRev, force) {
      const { person, conflicts } = await send('updatePerson', { key: key(), baseRev, patch: { notes }, force });
      setView({ ...getView(), person });
      return { notes: person.notes, rev: person.rev, conflict: conflicts.length > 0 };
    },
    createMeeting: async (input) => {
      await then(send('createMeeting', { personKey: key(), ...input }));
    },
    async correctName(name) {
      const { person } = await send('correctPersonName', { key: key(), name });
      setView({ ...getView(), person });
    },
    async saveMeeting(id, baseRev, patch, force) {
      const result = await send('saveMeeting', { id, baseRev, patch, force });
      putMeeting(result.meeting);
      // Scheduling changes follow-ups: fetch them without waiting.
      if (patch.scheduledAt !== undefined) void refresh();
      return result;
    },
    startMeeting: (id) => then(send('startMeeting', { id })),
    finishMeeting: async (id) => (await then(send('finishMeeting', { id }))).meeting,
    cancelMeeting: (id) => then(send('cancelMeeting', { id })),
    restoreMeeting: (id) => then(send('restoreMeeting', { id })),
    async setSpeaker(id, speaker) {
      const meeting = await send('setSpeaker', { id, speaker });
      putMeeting(meeting);
      return meeting;
    },
    getMeeting: (id) => send('getMeeting', { id }),
    async saveCommitment(input) {
      const result = await send('saveCommitment', { commitment: { ...input, personKey: key() } });
      if (result.ok) await refresh();
      return result;
    },
    setCommitmentStatus: async (id, status) => {
      await then(send('setCommitmentStatus', { id, status }));
    },
    deleteCommitment: (id) => then(send('deleteCommitment', { id })),
    restoreCommitment: async (removed) => {
      await then(send('restoreCommitment', removed));
    },
    completeFollowUp: async (id) => {
      await then(send('completeFollowUp', { id }));
    },
    snoozeFollowUp: async (id) => {
      await then(send('snoozeFollowUp', { id }));
    },
    refresh,
    crm: {
      note: async (meetingId, includeNotes) => (await send('getCrmNote', { meetingId, includeNotes })).text,
      preview: (meetingId) => send('previewCrmSend', { meetingId }),
      send: async (meetingId, confirm) => void (await send('sendToCrm', { meetingId, confirm })),
      retry: async (meetingId) => void (await send('retryCrmSend', { meetingId })),
      discard: async (meetingId) => void (await send('discardCrmSend', { meetingId })),
      openForm: async (meetingId) => void (await send('openTeamForm', { meetingId })),
      refresh,
    },
  };
}
