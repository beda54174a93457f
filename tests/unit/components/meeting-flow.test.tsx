import { readDraft } from '../../../components/common/drafts';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { ANA, call, openPanel } from './panel-harness';
import type { PanelApi } from '../../../components/panel/api';
import { panelFocusTarget } from '../../../components/panel/first-focus';
import { getDB } from '../../../lib/store/db';
import type { Meeting } from '../../../lib/model';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const storedMeeting = async (): Promise<Meeting> => (await (await getDB()).getAll('meetings'))[0]!;

/** Opens the panel on Ana, plans a 1:1 and (optionally) starts it. `wrap` can watch or break API calls. */
async function flow(options: { start?: boolean; wrap?: (api: PanelApi) => PanelApi } = {}) {
  const panel = await openPanel(ANA, options.wrap);
  const ui = within(panel.container);
  fireEvent.click(ui.getByRole('button', { name: 'Plan a new 1:1' }));
  await waitFor(() => ui.getByRole('button', { name: 'Start the 1:1' }));
  if (options.start) {
    fireEvent.click(ui.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => ui.getByRole('heading', { name: 'Step 1 of 6: Introduction' }));
  }
  return { panel, ui };
}

/** An API that records what it was asked, in order. */
function recording(calls: string[]) {
  return (api: PanelApi): PanelApi => ({
    ...api,
    saveMeeting: (id, rev, patch, force) => {
      calls.push(`save ${JSON.stringify(patch)}${force ? ' (force)' : ''}`);
      return api.saveMeeting(id, rev, patch, force);
    },
    startMeeting: (id) => (calls.push('start'), api.startMeeting(id)),
    finishMeeting: (id) => (calls.push('finish'), api.finishMeeting(id)),
    cancelMeeting: (id) => (calls.push('cancel'), api.cancelMeeting(id)),
  });
}

describe('the 1:1 flow', () => {
  beforeEach(() => sessionStorage.clear());

  it('saves what was typed before the 1:1 starts, and before it is cancelled', async () => {
    const calls: string[] = [];
    const { ui } = await flow({ wrap: recording(calls) });
    fireEvent.input(ui.getByLabelText('Place'), { target: { value: 'Union hall' } });
    fireEvent.click(ui.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => expect(calls).toEqual(['save {"place":"Union hall"}', 'start']));
    fireEvent.click(ui.getByRole('button', { name: 'Prepare' }));
    fireEvent.input(ui.getByLabelText('Place'), { target: { value: 'Library' } });
    fireEvent.click(ui.getByRole('button', { name: 'Cancel this 1:1' }));
    await waitFor(() => expect(calls.slice(2)).toEqual(['save {"place":"Library"}', 'cancel']));
  });

  it('moves focus to the first field after Plan, Start, Next step, the ask and the report', async () => {
    const { ui } = await flow();
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('How you know them, or who referred you')));
    fireEvent.input(ui.getByLabelText('Ask 1'), { target: { value: 'Host a house meeting' } });
    fireEvent.click(ui.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('Notes: Introduction')));
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('Notes: Issues and stake')));
    // Ctrl+Enter where the notes end goes on, like Next step.
    fireEvent.keyDown(ui.getByLabelText('Notes: Issues and stake'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('Notes: Agitation')));
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('The ask')));
    expect(ui.getByLabelText<HTMLTextAreaElement>('The ask').value).toBe('Host a house meeting');
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('What will be done')));
    fireEvent.click(ui.getByRole('button', { name: 'Go to the report' }));
    await waitFor(() => expect(document.activeElement).toBe(ui.getByLabelText('The issue they care most about')));
  });

  it('after Plan, leaves the caret where the organizer put it while the background was still answering', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    // The flow appears as soon as the store has the 1:1; Plan's own answer comes a moment later.
    const panel = await openPanel(ANA, (api) => ({ ...api, createMeeting: async (input) => (await api.createMeeting(input), await answered) }));
    const ui = within(panel.container);
    fireEvent.click(ui.getByRole('button', { name: 'Plan a new 1:1' }));
    const place = await waitFor(() => ui.getByLabelText('Place'));
    place.focus();
    answer();
    await pause(20);
    expect(document.activeElement).toBe(place);
    expect(ui.getByLabelText('How you know them, or who referred you')).not.toBe(document.activeElement);
  });

  it('offers a first focus target for jumping into the panel: the plan button, then the open step’s field', async () => {
    const panel = await openPanel();
    expect(panelFocusTarget(panel.container)?.textContent).toBe('Plan a new 1:1');
    panel.unmount();
    const { ui, panel: again } = await flow({ start: true });
    expect(panelFocusTarget(again.container)).toBe(ui.getByLabelText('Notes: Introduction'));
  });

  it('the lights cannot be tabbed into on Yellow: only Green is a Tab stop until one is chosen', async () => {
    const { ui } = await flow({ start: true });
    expect(ui.getByRole('radio', { name: /Green light/ }).tabIndex).toBe(0);
    expect(ui.getByRole('radio', { name: /Yellow light/ }).tabIndex).toBe(-1);
    fireEvent.click(ui.getByRole('radio', { name: /Green light/ }));
    await waitFor(() => expect(ui.getByRole('radio', { name: /Yellow light/ }).tabIndex).toBe(0));
  });

  it('asks before recording a 1:1 that was never started as held', async () => {
    const calls: string[] = [];
    const { ui, panel } = await flow({ wrap: recording(calls) });
    fireEvent.click(ui.getByRole('button', { name: 'Report back' }));
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    await waitFor(() => ui.getByText(/You never started this 1:1\. Record it as held on .+\?/));
    fireEvent.click(ui.getByRole('button', { name: 'Not yet' }));
    expect(calls).not.toContain('finish');
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    fireEvent.click(await waitFor(() => ui.getByRole('button', { name: 'Record as held' })));
    await waitFor(() => expect(panel.view().meetings[0]?.status).toBe('held'));
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
  });

  it('keeps the talk tally’s running speaker in the stored 1:1, across stage switches and a reload', async () => {
    const { ui, panel } = await flow({ start: true });
    fireEvent.click(ui.getByRole('button', { name: 'They are' }));
    await waitFor(async () => expect((await storedMeeting()).speaker).toBe('them'));
    expect((await storedMeeting()).speakerSince).toBeGreaterThan(0);
    fireEvent.click(ui.getByRole('button', { name: 'Prepare' }));
    fireEvent.click(ui.getByRole('button', { name: 'Hold' }));
    expect(ui.getByRole('button', { name: 'They are' }).getAttribute('aria-pressed')).toBe('true');
    panel.unmount();
    const again = within((await openPanel()).container);
    expect(again.getByRole('button', { name: 'They are' }).getAttribute('aria-pressed')).toBe('true');
    expect(again.getByText(/Listening 100% of the time/)).toBeTruthy();
    fireEvent.click(again.getByRole('button', { name: 'I am' }));
    await waitFor(async () => expect((await storedMeeting()).speaker).toBe('me'));
    expect((await storedMeeting()).listeningMs).toBeGreaterThan(0);
  });

  it('starts the ask from the best prepared one and offers the next after a no', async () => {
    const { ui } = await flow();
    fireEvent.input(ui.getByLabelText('Ask 1'), { target: { value: 'Host a house meeting' } });
    fireEvent.input(ui.getByLabelText('Ask 2'), { target: { value: 'Come to the Thursday huddle' } });
    fireEvent.click(ui.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => ui.getByRole('heading', { name: /Step 1 of 6/ }));
    for (let i = 0; i < 4; i++) fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(ui.getByLabelText<HTMLTextAreaElement>('The ask').value).toBe('Host a house meeting'));
    // Recorded once, here: no lights on the ask step, their answer instead.
    expect(ui.queryByRole('radio', { name: /Green light/ })).toBeNull();
    fireEvent.click(ui.getByRole('radio', { name: 'No' }));
    fireEvent.click(ui.getByRole('button', { name: 'Try the next ask: Come to the Thursday huddle' }));
    expect(ui.getByLabelText<HTMLTextAreaElement>('The ask').value).toBe('Come to the Thursday huddle');
    expect(ui.getByRole<HTMLInputElement>('radio', { name: 'No' }).checked).toBe(false);
    // A clear yes to a vague ask is not yet a commitment: what is missing is named.
    fireEvent.click(ui.getByRole('radio', { name: 'Clear yes' }));
    fireEvent.click(ui.getByRole('button', { name: 'Add as their commitment' }));
    await waitFor(() => ui.getByText('The ask still needs a date and time and the goal.'));
    fireEvent.input(ui.getByLabelText('By when'), { target: { value: '2031-03-05T19:00' } });
    fireEvent.input(ui.getByLabelText('What it is for (the goal)'), { target: { value: 'Bring two neighbours' } });
    fireEvent.click(ui.getByRole('button', { name: 'Add as their commitment' }));
    await waitFor(() => ui.getByText(/Recorded as their commitment, due .*2031/));
    const [c] = await (await getDB()).getAll('commitments');
    expect(c).toMatchObject({ direction: 'theirs', what: 'Come to the Thursday huddle', goal: 'Bring two neighbours' });
  });
});

describe('conflicts and failed saves in a 1:1 (issue 20, items 2 and 3)', () => {
  beforeEach(() => sessionStorage.clear());

  it('two tabs on different steps both keep their work; the same step shows both and waits for a choice', async () => {
    const calls: string[] = [];
    const { ui } = await flow({ start: true, wrap: recording(calls) });
    // The other tab writes step 1 and step 2.
    const other = await storedMeeting();
    await call('saveMeeting', {
      id: other.id,
      baseRev: other.rev,
      patch: { steps: { introduction: { notes: 'B: relaxed' }, issues: { notes: 'B: rent went up' } } },
    });
    // This tab, on its older copy, types step 2.
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    fireEvent.input(ui.getByLabelText('Notes: Issues and stake'), { target: { value: 'A: mould in the bathroom' } });
    await waitFor(() => ui.getByText(/Another tab saved newer text for Notes: Issues and stake/));
    // Typing in another step does not decide it; that step is saved, the clash is not re-sent.
    fireEvent.click(ui.getByRole('button', { name: 'Next step' }));
    fireEvent.input(ui.getByLabelText('Notes: Agitation'), { target: { value: 'A: angry at the landlord' } });
    await waitFor(async () => expect((await storedMeeting()).steps.agitation?.notes).toBe('A: angry at the landlord'));
    await pause(800);
    const issuesSends = calls.filter((c) => c.includes('"issues"'));
    expect(issuesSends).toHaveLength(1);
    const stored = await storedMeeting();
    expect(stored.steps).toMatchObject({ introduction: { notes: 'B: relaxed' }, issues: { notes: 'B: rent went up' } });
    const choice = ui.getByRole('group', { name: /Two versions of Notes: Issues and stake/ });
    expect(within(choice).getByText('A: mould in the bathroom')).toBeTruthy();
    expect(within(choice).getByText('B: rent went up')).toBeTruthy();

    fireEvent.click(within(choice).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () => expect((await storedMeeting()).steps.issues?.notes).toBe('B: rent went up\n\nA: mould in the bathroom'));
    expect((await storedMeeting()).steps.introduction?.notes).toBe('B: relaxed');
    await waitFor(() => expect(ui.queryByRole('group', { name: /Two versions/ })).toBeNull());
    await waitFor(() => expect(ui.getAllByRole('status')[0]!.textContent).toBe('Saved'));
  });

  it('a failed save stops Finish, Start and Cancel with the reason, and keeps everything on screen', async () => {
    const calls: string[] = [];
    let broken = false;
    const { ui } = await flow({
      wrap: (api) => {
        const watched = recording(calls)(api);
        return { ...watched, saveMeeting: (...args) => (broken ? Promise.reject(new Error('the extension is not answering')) : watched.saveMeeting(...args)) };
      },
    });
    broken = true;
    fireEvent.input(ui.getByLabelText('Place'), { target: { value: 'Café on Main St' } });
    fireEvent.click(ui.getByRole('button', { name: 'Start the 1:1' }));
    await waitFor(() => ui.getByText(/Not started: the extension is not answering/));
    fireEvent.click(ui.getByRole('button', { name: 'Cancel this 1:1' }));
    await waitFor(() => ui.getByText(/Not cancelled: the extension is not answering/));
    fireEvent.click(ui.getByRole('button', { name: 'Report back' }));
    fireEvent.input(ui.getByLabelText('The issue they care most about'), { target: { value: 'Repairs' } });
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    await waitFor(() => ui.getByText(/Not finished: the extension is not answering/));
    expect(calls.filter((c) => !c.startsWith('save'))).toEqual([]);
    expect(ui.getByLabelText<HTMLInputElement>('The issue they care most about').value).toBe('Repairs');
    expect(readDraft(`${(await storedMeeting()).id}:meeting`)).toContain('Repairs');

    // Once saves go through again, Finish works and nothing typed was lost.
    broken = false;
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    fireEvent.click(await waitFor(() => ui.getByRole('button', { name: 'Record as held' })));
    await waitFor(async () => expect(await storedMeeting()).toMatchObject({ status: 'held', place: 'Café on Main St', report: { issue: 'Repairs' } }));
  });

  it('an answer over its limit shows the limit, is held back, and cannot be finished; nothing is lost', async () => {
    const calls: string[] = [];
    const { ui } = await flow({ start: true, wrap: recording(calls) });
    fireEvent.click(ui.getByRole('button', { name: 'Report back' }));
    const access = ui.getByLabelText<HTMLInputElement>('Access needs');
    fireEvent.input(access, { target: { value: 'a'.repeat(420) } });
    expect(ui.getByText('420 of 500 characters')).toBeTruthy();
    fireEvent.input(access, { target: { value: 'a'.repeat(540) } });
    expect(ui.getByText(/40 characters over the limit of 500/)).toBeTruthy();
    fireEvent.input(ui.getByLabelText('The issue they care most about'), { target: { value: 'Repairs' } });
    await waitFor(async () => expect((await storedMeeting()).report.issue).toBe('Repairs'));
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    await waitFor(() => ui.getByText(/Not finished: Access needs is 40 characters over its limit/));
    expect(calls).not.toContain('finish');
    expect((await storedMeeting()).status).toBe('in-progress');
    expect(access.value).toHaveLength(540);
    fireEvent.input(access, { target: { value: 'Step-free entrance' } });
    fireEvent.click(ui.getByRole('button', { name: 'Finish the 1:1' }));
    await waitFor(async () => expect(await storedMeeting()).toMatchObject({ status: 'held', report: { accessNeeds: 'Step-free entrance', issue: 'Repairs' } }));
  });
});
