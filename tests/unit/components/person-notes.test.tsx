import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { ANA, call, openPanel, type OpenPanel, viewOf } from './panel-harness';
import { getDB } from '../../../lib/store/db';
import type { PanelApi } from '../../../components/panel/api';

const stored = async () => (await (await getDB()).get('people', 'nationbuilder:riverside:id:9'))?.notes;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Tab A: a panel whose note saves are recorded. */
async function tabA(sent: string[]): Promise<OpenPanel> {
  return openPanel(ANA, (api): PanelApi => ({
    ...api,
    savePersonNotes: (notes, rev, force) => {
      sent.push(force ? `force: ${notes}` : notes);
      return api.savePersonNotes(notes, rev, force);
    },
  }));
}

/** Tab B saves newer notes while tab A still holds the older copy. */
async function otherTabSaves(notes: string) {
  const { person } = await viewOf(ANA);
  await call('updatePerson', { key: person.key, baseRev: person.rev, patch: { notes } });
}

describe('person notes typed in two tabs (issue 20, item 1)', () => {
  beforeEach(() => sessionStorage.clear());

  it('a save refused for newer notes keeps the text, is not sent again on its own, and shows both', async () => {
    const sent: string[] = [];
    const a = await tabA(sent);
    const ui = within(a.container);
    await otherTabSaves('From B: nurse, works nights');
    const box = ui.getByLabelText<HTMLTextAreaElement>('Notes about Ana Ruiz');
    fireEvent.input(box, { target: { value: 'From A: two kids at Lincoln' } });
    await waitFor(() => ui.getByText(/Another tab saved newer text for Notes about Ana Ruiz/));

    // Typing on does not decide it, and nothing is re-sent over the newer notes.
    fireEvent.input(box, { target: { value: 'From A: two kids at Lincoln, PTA' } });
    await pause(1300);
    expect(sent).toEqual(['From A: two kids at Lincoln']);
    expect(await stored()).toBe('From B: nurse, works nights');
    expect(box.value).toBe('From A: two kids at Lincoln, PTA');
    const choice = ui.getByRole('group', { name: /Two versions of Notes about Ana Ruiz/ });
    expect(within(choice).getByText('From B: nurse, works nights')).toBeTruthy();
    expect(within(choice).getByText('From A: two kids at Lincoln, PTA')).toBeTruthy();

    fireEvent.click(within(choice).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () => expect(await stored()).toBe('From B: nurse, works nights\n\nFrom A: two kids at Lincoln, PTA'));
    expect(box.value).toBe('From B: nurse, works nights\n\nFrom A: two kids at Lincoln, PTA');
    await waitFor(() => expect(ui.queryByRole('group', { name: /Two versions/ })).toBeNull());
    expect(sessionStorage.length).toBe(0);
  });

  it('after a reload the unsaved text comes back with the choice, never saved over the newer notes', async () => {
    const sent: string[] = [];
    const a = await tabA(sent);
    await otherTabSaves('From B');
    fireEvent.input(within(a.container).getByLabelText('Notes about Ana Ruiz'), { target: { value: 'From A' } });
    await waitFor(() => within(a.container).getByText(/Another tab saved newer text/));
    a.unmount(); // the tab reloads: its draft stays in the tab

    const again = await tabA(sent);
    const ui = within(again.container);
    expect(ui.getByLabelText<HTMLTextAreaElement>('Notes about Ana Ruiz').value).toBe('From A');
    await waitFor(() => ui.getByText(/Another tab saved newer text/));
    await pause(800);
    expect(await stored()).toBe('From B');
    expect(sent).toEqual(['From A']);

    fireEvent.click(ui.getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(ui.getByLabelText<HTMLTextAreaElement>('Notes about Ana Ruiz').value).toBe('From B'));
    expect(await stored()).toBe('From B');
  });

  it('Keep mine writes this tab’s notes over the newer ones, once', async () => {
    const sent: string[] = [];
    const a = await tabA(sent);
    await otherTabSaves('From B');
    fireEvent.input(within(a.container).getByLabelText('Notes about Ana Ruiz'), { target: { value: 'From A' } });
    await waitFor(() => within(a.container).getByText(/Another tab saved newer text/));
    fireEvent.click(within(a.container).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect(await stored()).toBe('From A'));
    expect(sent).toEqual(['From A', 'force: From A']);
  });

  it('shows the limit as the notes near it, and holds back text over it', async () => {
    const a = await openPanel();
    const ui = within(a.container);
    const box = ui.getByLabelText('Notes about Ana Ruiz');
    fireEvent.input(box, { target: { value: 'x'.repeat(100) } });
    expect(ui.queryByText(/of 50,000 characters/)).toBeNull();
    fireEvent.input(box, { target: { value: 'x'.repeat(45_000) } });
    expect(ui.getByText('45,000 of 50,000 characters')).toBeTruthy();
    fireEvent.input(box, { target: { value: 'x'.repeat(50_010) } });
    expect(ui.getByRole('alert').textContent).toMatch(/10 characters over the limit of 50,000/);
    await waitFor(() => ui.getByText(/is 10 characters over its limit/));
    expect(await stored()).toBe('');
  });
});
