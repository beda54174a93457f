import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CrmSend, type CrmSendApi } from '../../../components/panel/CrmSend';
import type { CrmPanelStatus, CrmSendView } from '../../../lib/outbox/status';
import { meeting, T0 } from '../writeback/fixtures';

function fakeApi(): CrmSendApi & { [K in keyof CrmSendApi]: ReturnType<typeof vi.fn> } {
  return {
    note: vi.fn(async () => 'the note'),
    preview: vi.fn(async () => ({ ok: true as const, crm: 'nationbuilder' as const, account: 'riverside', requests: [{ method: 'POST' as const, url: 'https://riverside.nationbuilder.com/api/v2/contacts', body: { data: { type: 'contacts' } } }] })),
    send: vi.fn(async () => {}),
    retry: vi.fn(async () => {}),
    discard: vi.fn(async () => {}),
    openForm: vi.fn(async () => {}),
    refresh: vi.fn(async () => {}),
  };
}

const status = (send?: Partial<CrmSendView>, connection: Partial<NonNullable<CrmPanelStatus['connection']>> = {}): CrmPanelStatus => ({
  connection: { crm: 'nationbuilder', account: 'riverside', state: 'connected', confirmed: true, ...connection },
  sends: send ? { m1: { state: 'waiting', kind: 'report', tries: 0, edited: false, ...send } } : {},
  teamForm: false,
});

const show = (s: CrmPanelStatus | undefined, api = fakeApi(), m = meeting()) => {
  const copy = vi.fn(async () => true);
  render(<CrmSend meeting={m} personUrl="https://riverside.nationbuilder.com/admin/signups/1201" status={s} timeZone="UTC" api={api} copy={copy} />);
  return { api, copy };
};

describe('a finished 1:1 on its way to the CRM', () => {
  it('copies the note, with private notes only when ticked in, and says so', async () => {
    const { api, copy } = show(undefined, fakeApi(), meeting({ private: true }));
    const box = screen.getByLabelText('Include my private notes') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy for the CRM' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Copied. Paste it into the CRM's note box."));
    expect(api.note).toHaveBeenCalledWith('m1', false);
    expect(copy).toHaveBeenCalledWith('the note', expect.anything());
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Copy for the CRM' }));
    await waitFor(() => expect(api.note).toHaveBeenLastCalledWith('m1', true));
    // With no connection, nothing offers to send.
    expect(screen.queryByRole('button', { name: /^Send to / })).toBeNull();
  });

  it('before the first send on a connection, shows exactly what will go; Send it confirms', async () => {
    const { api } = show(status(undefined, { confirmed: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Send to NationBuilder · riverside' }));
    const preview = await screen.findByRole('region', { name: /First send to NationBuilder · riverside/ });
    expect(preview.textContent).toContain('POST https://riverside.nationbuilder.com/api/v2/contacts');
    expect(api.send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send it' }));
    await waitFor(() => expect(api.send).toHaveBeenCalledWith('m1', true));
  });

  it('says when it waits, with tries and the next try, and when the account needs reconnecting', () => {
    show(status({ state: 'waiting', tries: 2, nextAt: T0, error: 'The CRM answered 500.' }));
    expect(screen.getByText(/^Waiting to go to NationBuilder · riverside \(tried 2 times; next try /)).toBeTruthy();
    expect(screen.getByText('The CRM answered 500.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try now' })).toBeTruthy();
  });

  it('needs reconnecting: says so and offers nothing but Discard', () => {
    show(status({ state: 'waiting', tries: 1 }, { state: 'needs-reconnect', problem: 'The 24-hour token has expired. Paste a new one.' }));
    expect(screen.getByRole('alert').textContent).toContain('Waiting for NationBuilder · riverside, which needs reconnecting');
    expect(screen.getByRole('alert').textContent).toContain('The 24-hour token has expired.');
    expect(screen.queryByRole('button', { name: 'Try now' })).toBeNull();
  });

  it('failed: the CRM’s reason with Retry and Discard', async () => {
    const { api } = show(status({ state: 'failed', tries: 1, error: 'The CRM answered 422: signup does not exist' }));
    expect(screen.getByRole('alert').textContent).toContain('Not sent to NationBuilder · riverside: The CRM answered 422: signup does not exist');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(api.retry).toHaveBeenCalledWith('m1'));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(api.discard).toHaveBeenCalledWith('m1'));
  });

  it('sent: the time and a link to the person; after an edit, offers to send the update', async () => {
    const { api } = show(status({ state: 'sent', tries: 1, sentAt: T0, edited: true }));
    expect(screen.getByText(/^Sent to NationBuilder · riverside on /)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See them in the CRM' }).getAttribute('href')).toBe('https://riverside.nationbuilder.com/admin/signups/1201');
    expect(screen.getByText('You edited this report after it was sent.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send the update' }));
    await waitFor(() => expect(api.send).toHaveBeenCalledWith('m1', false));
  });
});
