import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MeetingFlow } from '../../../components/panel/MeetingFlow';
import type { PanelApi } from '../../../components/panel/api';
import { Meeting, Person, defaultSettings } from '../../../lib/model';
import { builtInTemplates } from '../../../lib/templates/builtin';

const person = Person.parse({ key: 'nationbuilder:riverside:id:9', crm: 'nationbuilder', account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9', createdAt: 1, updatedAt: 1 });
const planned = Meeting.parse({ id: 'm1', personKey: person.key, templateId: 'six-steps', status: 'planned', createdAt: 1, updatedAt: 1 });

/** A background that answers slowly, recording what it was asked in order. */
function slowApi(calls: string[]): PanelApi {
  let stored = planned;
  const later = <T,>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), 30));
  const unused = async () => {
    throw new Error('not used here');
  };
  return {
    saveMeeting: (_id, _rev, patch) => {
      calls.push(`save ${Object.keys(patch).join(',')}`);
      return later(() => {
        stored = { ...stored, ...(patch as Partial<Meeting>), rev: stored.rev + 1 };
        return { meeting: stored, conflicts: [] };
      });
    },
    startMeeting: () => {
      calls.push(`start (place: ${stored.place || 'none'})`);
      return later(() => undefined);
    },
    finishMeeting: unused,
    cancelMeeting: () => {
      calls.push(`cancel (place: ${stored.place || 'none'})`);
      return later(() => undefined);
    },
    savePersonNotes: unused,
    createMeeting: unused,
    saveCommitment: unused,
    setCommitmentStatus: unused,
    completeFollowUp: unused,
    snoozeFollowUp: unused,
    refresh: async () => undefined,
  };
}

const flow = (api: PanelApi) =>
  render(<MeetingFlow meeting={planned} person={person} templates={builtInTemplates} commitments={[]} settings={defaultSettings()} timeZone="UTC" api={api} />);

describe('starting or cancelling a 1:1 right after typing', () => {
  it('saves what was typed before the 1:1 starts', async () => {
    const calls: string[] = [];
    flow(slowApi(calls));
    fireEvent.input(screen.getByLabelText('Place'), { target: { value: 'Union hall' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hold' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => expect(calls).toEqual(['save place', 'start (place: Union hall)']));
  });

  it('saves what was typed before the 1:1 is cancelled', async () => {
    const calls: string[] = [];
    flow(slowApi(calls));
    fireEvent.input(screen.getByLabelText('Place'), { target: { value: 'Library' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this 1:1' }));
    await waitFor(() => expect(calls).toEqual(['save place', 'cancel (place: Library)']));
  });
});
