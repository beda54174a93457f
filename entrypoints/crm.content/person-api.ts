import type { PanelApi } from '../../components/panel/api';
import { sendMessage } from '../../lib/messaging';
import type { PersonView } from '../../lib/protocol/person';

/**
 * The panel's callbacks, as messages to the background. `getView` reads the latest view (edits
 * are based on its revisions) and `setView` stores what the background answers.
 */
export function createPanelApi(getView: () => PersonView, setView: (view: PersonView) => void): PanelApi {
  return {
    async savePersonNotes(notes) {
      const view = getView();
      const { person, conflicts } = await sendMessage('updatePerson', {
        key: view.person.key,
        baseRev: view.person.rev,
        patch: { notes },
      });
      setView({ ...getView(), person });
      if (conflicts.length) throw new Error('newer notes were saved in another tab; reload to see them');
    },
  };
}
