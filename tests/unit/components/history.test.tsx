import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { ANA, call, openPanel, viewOf } from './panel-harness';
import { getDB } from '../../../lib/store/db';

const DAY = 86_400_000;
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** Ana with one held 1:1 (notes, what was learned, an open commitment each way). */
async function anaAfterOneOneToOne() {
  const { person } = await viewOf(ANA);
  const m = await call('createMeeting', { personKey: person.key, templateId: 'six-steps' });
  await call('startMeeting', { id: m.id });
  const started = (await call('getMeeting', { id: m.id })).meeting;
  await call('saveMeeting', {
    id: m.id,
    baseRev: started.rev,
    patch: { steps: { issues: { notes: 'Rent up 20% this year' } }, learned: 'The landlord owns four buildings', ask: 'Host a house meeting', answer: 'yes', report: { issue: 'Rent' } },
  });
  await call('saveCommitment', { commitment: { personKey: person.key, meetingId: m.id, direction: 'theirs', what: 'Host a house meeting', goal: '8 neighbours', dueAt: Date.now() + 9 * DAY } });
  await call('saveCommitment', { commitment: { personKey: person.key, meetingId: m.id, direction: 'mine', what: 'Send the rent survey', goal: '', dueAt: Date.now() + 2 * DAY } });
  await call('finishMeeting', { id: m.id });
  return m.id;
}

describe('past 1:1s', () => {
  beforeEach(() => sessionStorage.clear());

  it('open in a read view, and "Prepare the next 1:1" carries what is open and what was learned', async () => {
    await anaAfterOneOneToOne();
    const panel = await openPanel();
    const ui = within(panel.container);
    fireEvent.click(ui.getByRole('button', { name: /^Open the 1:1 of / }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^1:1 of /));
    expect(ui.getByText('Rent up 20% this year')).toBeTruthy();
    expect(ui.getByText('The landlord owns four buildings')).toBeTruthy();
    const read = within(ui.getByRole('region', { name: /^1:1 of / }));
    await waitFor(() => read.getByText(/Send the rent survey/));

    fireEvent.click(ui.getAllByRole('button', { name: 'Prepare the next 1:1' })[0]!);
    await waitFor(() => ui.getByRole('button', { name: 'Start the 1:1' }));
    expect(ui.getByLabelText<HTMLTextAreaElement>('What you already know about them').value).toMatch(/^Learned on .+: The landlord owns four buildings/);
    const questions = ui.getByLabelText<HTMLTextAreaElement>('Questions you want to ask').value;
    expect(questions).toMatch(/Check on their commitment: Host a house meeting \(due .+\)/);
    expect(questions).toMatch(/Report back on your promise: Send the rent survey \(due .+\)/);
  });

  it('cancel offers undo, naming what went; a cancelled 1:1 stays in the history and can be restored', async () => {
    const panel = await openPanel();
    const ui = within(panel.container);
    fireEvent.click(ui.getByRole('button', { name: 'Plan a new 1:1' }));
    await waitFor(() => ui.getByLabelText('Place'));
    fireEvent.input(ui.getByLabelText('Date and time'), { target: { value: local(Date.now() + 5 * DAY) } });
    fireEvent.input(ui.getByLabelText('Place'), { target: { value: 'Library' } });
    await waitFor(() => ui.getByText('Confirm the 1:1, 2 days ahead'));
    fireEvent.click(ui.getByRole('button', { name: 'Cancel this 1:1' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/The 1:1 planned for .+ is cancelled\. Its confirmation reminders are off/));
    expect(ui.queryByText('Confirm the 1:1, 2 days ahead')).toBeNull();
    expect(ui.getByText(/· Cancelled$/)).toBeTruthy();

    fireEvent.click(ui.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ui.getByLabelText<HTMLInputElement>('Place').value).toBe('Library'));
    await waitFor(() => ui.getByText('Confirm the 1:1, 2 days ahead'));

    fireEvent.click(ui.getByRole('button', { name: 'Cancel this 1:1' }));
    await waitFor(() => ui.getByRole('button', { name: /^Restore the 1:1 of / }));
    fireEvent.click(ui.getByRole('button', { name: /^Restore the 1:1 of / }));
    await waitFor(() => expect(ui.getByLabelText<HTMLInputElement>('Place').value).toBe('Library'));
  });
});

describe('commitments', () => {
  beforeEach(() => sessionStorage.clear());

  it('can be edited, and removed with undo in the same place', async () => {
    await anaAfterOneOneToOne();
    const ui = within((await openPanel()).container);
    fireEvent.click(ui.getByRole('button', { name: 'Edit: Send the rent survey' }));
    fireEvent.input(ui.getByLabelText('What will be done'), { target: { value: 'Send the rent survey and the flyer' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => ui.getByRole('button', { name: 'Remove: Send the rent survey and the flyer' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Edit: Send the rent survey and the flyer' })));

    fireEvent.click(ui.getByRole('button', { name: 'Remove: Host a house meeting' }));
    await waitFor(() => ui.getByText('Removed: Host a house meeting'));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Undo removing: Host a house meeting' })));
    expect((await (await getDB()).getAll('commitments')).map((c) => c.what)).toEqual(['Send the rent survey and the flyer']);
    fireEvent.click(ui.getByRole('button', { name: 'Undo removing: Host a house meeting' }));
    await waitFor(() => ui.getByRole('button', { name: 'Remove: Host a house meeting' }));
    expect((await (await getDB()).getAll('commitments')).map((c) => c.what).sort()).toEqual(['Host a house meeting', 'Send the rent survey and the flyer']);
  });

  it('asks before saving a due date that has passed, and shows the year when it is not this year', async () => {
    const ui = within((await openPanel()).container);
    fireEvent.click(ui.getByRole('button', { name: 'Add a commitment' }));
    fireEvent.input(ui.getByLabelText('What will be done'), { target: { value: 'Call Ana back' } });
    fireEvent.input(ui.getByLabelText('Due'), { target: { value: '2020-03-03T15:00' } });
    fireEvent.click(ui.getByRole('button', { name: 'Add my promise' }));
    await waitFor(() => ui.getByText(/2020.* has already passed/));
    expect(await (await getDB()).getAll('commitments')).toEqual([]);
    fireEvent.click(ui.getByRole('button', { name: 'Save with this date' }));
    await waitFor(() => ui.getByText(/due Tue, Mar 3, 2020/));
  });
});
