import type { PanelApi } from '../../components/panel/api';
import { sendMessage } from '../../lib/messaging';
import type { PersonView } from '../../lib/protocol/person';

/**
 * The panel's callbacks, as messages to the background. `getView` reads the latest view (edits
 * are based on its revisions), `setView` stores a new one, `refresh` fetches it again.
 */
export function createPanelApi(getView: () => PersonView, setView: (view: PersonView) => void, refresh: () => Promise<void>): PanelApi {
  const key = () => getView().person.key;
  const then = async (work: Promise<unknown>) => {
    await work;
    await refresh();
  };
  return {
    async savePersonNotes(notes) {
      const view = getView();
      const { person, conflicts } = await sendMessage('updatePerson', { key: view.person.key, baseRev: view.person.rev, patch: { notes } });
      setView({ ...getView(), person });
      if (conflicts.length) throw new Error('newer notes were saved in another tab; reload to see them');
    },
    async correctName(name) {
      const { person } = await sendMessage('correctPersonName', { key: key(), name });
      setView({ ...getView(), person });
    },
    createMeeting: (templateId) => then(sendMessage('createMeeting', { personKey: key(), templateId })),
    async saveMeeting(id, baseRev, patch, force) {
      const result = await sendMessage('saveMeeting', { id, baseRev, patch, force });
      const view = getView();
      setView({ ...view, meetings: view.meetings.map((m) => (m.id === id ? result.meeting : m)) });
      // Scheduling changes follow-ups: fetch them without waiting.
      if (patch.scheduledAt !== undefined) void refresh();
      return result;
    },
    startMeeting: (id) => then(sendMessage('startMeeting', { id })),
    finishMeeting: (id) => then(sendMessage('finishMeeting', { id })),
    cancelMeeting: (id) => then(sendMessage('cancelMeeting', { id })),
    async saveCommitment(input) {
      const result = await sendMessage('saveCommitment', { commitment: { ...input, personKey: key() } });
      if (result.ok) await refresh();
      return result;
    },
    setCommitmentStatus: (id, status) => then(sendMessage('setCommitmentStatus', { id, status })),
    completeFollowUp: (id) => then(sendMessage('completeFollowUp', { id })),
    snoozeFollowUp: (id) => then(sendMessage('snoozeFollowUp', { id })),
    refresh,
    crm: {
      note: async (meetingId, includeNotes) => (await sendMessage('getCrmNote', { meetingId, includeNotes })).text,
      preview: (meetingId) => sendMessage('previewCrmSend', { meetingId }),
      send: async (meetingId, confirm) => void (await sendMessage('sendToCrm', { meetingId, confirm })),
      retry: async (meetingId) => void (await sendMessage('retryCrmSend', { meetingId })),
      discard: async (meetingId) => void (await sendMessage('discardCrmSend', { meetingId })),
      openForm: async (meetingId) => void (await sendMessage('openTeamForm', { meetingId })),
      refresh,
    },
  };
}
