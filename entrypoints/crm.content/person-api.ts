import type { PanelApi } from '../../components/panel/api';
import { sendMessage } from '../../lib/messaging';
import type { PersonView } from '../../lib/protocol/person';

/**
 * The panel's callbacks, as messages to the background. `getView` reads the latest view (edits
 * are based on its revisions), `setView` stores a new one, `refresh` fetches it again.
 */
export function createPanelApi(getView: () => PersonView, setView: (view: PersonView) => void, refresh: () => Promise<void>): PanelApi {
  const key = () => getView().person.key;
  /** Runs a write, then shows its effects (follow-ups, history) before answering. */
  const then = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await refresh();
    return result;
  };
  return {
    async savePersonNotes(notes, baseRev, force) {
      const { person, conflicts } = await sendMessage('updatePerson', { key: key(), baseRev, patch: { notes }, force });
      setView({ ...getView(), person });
      return { notes: person.notes, rev: person.rev, conflict: conflicts.length > 0 };
    },
    createMeeting: async (input) => {
      await then(sendMessage('createMeeting', { personKey: key(), ...input }));
    },
    async saveMeeting(id, baseRev, patch, force) {
      const result = await sendMessage('saveMeeting', { id, baseRev, patch, force });
      const view = getView();
      setView({ ...view, meetings: view.meetings.map((m) => (m.id === id ? result.meeting : m)) });
      // Scheduling changes follow-ups: fetch them without waiting.
      if (patch.scheduledAt !== undefined) void refresh();
      return result;
    },
    startMeeting: (id) => then(sendMessage('startMeeting', { id })),
    finishMeeting: async (id) => (await then(sendMessage('finishMeeting', { id }))).meeting,
    cancelMeeting: (id) => then(sendMessage('cancelMeeting', { id })),
    restoreMeeting: (id) => then(sendMessage('restoreMeeting', { id })),
    async setSpeaker(id, speaker) {
      const meeting = await sendMessage('setSpeaker', { id, speaker });
      const view = getView();
      setView({ ...view, meetings: view.meetings.map((m) => (m.id === id ? meeting : m)) });
      return meeting;
    },
    getMeeting: (id) => sendMessage('getMeeting', { id }),
    async saveCommitment(input) {
      const result = await sendMessage('saveCommitment', { commitment: { ...input, personKey: key() } });
      if (result.ok) await refresh();
      return result;
    },
    setCommitmentStatus: async (id, status) => {
      await then(sendMessage('setCommitmentStatus', { id, status }));
    },
    deleteCommitment: (id) => then(sendMessage('deleteCommitment', { id })),
    restoreCommitment: async (removed) => {
      await then(sendMessage('restoreCommitment', removed));
    },
    completeFollowUp: async (id) => {
      await then(sendMessage('completeFollowUp', { id }));
    },
    snoozeFollowUp: async (id) => {
      await then(sendMessage('snoozeFollowUp', { id }));
    },
    refresh,
  };
}
