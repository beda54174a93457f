import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PersonPanel } from '../../../components/panel/PersonPanel';
import type { PanelApi } from '../../../components/panel/api';
import { FollowUp, Person, defaultSettings } from '../../../lib/model';
import { builtInTemplates } from '../../../lib/templates/builtin';

const person = Person.parse({ key: 'nationbuilder:riverside:id:9', crm: 'nationbuilder', account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9', createdAt: 1, updatedAt: 1 });
const due = FollowUp.parse({ id: 'f1', personKey: person.key, kind: 'custom', title: 'Call Ana back', dueAt: Date.now() - 60_000, createdAt: 1, updatedAt: 1 });

function failingApi(message: string): PanelApi {
  const fail = vi.fn(async () => {
    throw new Error(message);
  });
  return {
    savePersonNotes: async () => ({ notes: '', rev: 0, conflict: false }),
    createMeeting: fail,
    saveMeeting: fail,
    startMeeting: fail,
    finishMeeting: fail,
    cancelMeeting: fail,
    saveCommitment: fail,
    setCommitmentStatus: fail,
    completeFollowUp: fail,
    snoozeFollowUp: fail,
    restoreMeeting: fail,
    setSpeaker: fail,
    getMeeting: fail,
    deleteCommitment: fail,
    restoreCommitment: fail,
    refresh: async () => undefined,
  };
}

const panel = (api: PanelApi) =>
  render(
    <PersonPanel
      view={{ person, settings: { ...defaultSettings(), defaultTemplateId: 'gone' }, templates: builtInTemplates, meetings: [], commitments: [], followUps: [due] }}
      crmLabel="NationBuilder"
      api={api}
      timeZone="UTC"
    />,
  );

describe('a panel button whose work fails says why', () => {
  it('"Plan a new 1:1" with a default model that is gone', async () => {
    panel(failingApi('There is no agenda template "gone"'));
    fireEvent.click(screen.getByRole('button', { name: 'Plan a new 1:1' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('There is no agenda template "gone"'));
  });

  it('Done and Snooze on a follow-up', async () => {
    panel(failingApi('No follow-up is stored under "f1"'));
    fireEvent.click(screen.getByRole('button', { name: 'Done: Call Ana back' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No follow-up is stored under "f1"'));
    cleanup();
    panel(failingApi('The follow-up was removed in another tab'));
    fireEvent.click(screen.getByRole('button', { name: 'Snooze: Call Ana back' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The follow-up was removed in another tab'));
  });
});
