import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ManualPerson } from '../../../components/panel/ManualPerson';

describe('the manual way on', () => {
  it('shows what the page gave, as text, and asks for an email when there is no id', async () => {
    const onConfirm = vi.fn(async () => {});
    render(<ManualPerson found={{ crm: 'actionnetwork', account: 'tenants', name: '<b>Ro</b>', url: 'https://actionnetwork.org/x' }} problem="No email on the page." crmLabel="Action Network" onConfirm={onConfirm} />);
    expect(screen.getByRole('alert').textContent).toContain('could not identify the person on this Action Network page. No email on the page.');
    expect(screen.getByText('<b>Ro</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the panel for this person' }));
    await waitFor(() => expect(screen.getByText(/enter their email address/)).toBeTruthy());
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Their name'), { target: { value: 'Rosa Diaz' } });
    fireEvent.input(screen.getByLabelText('Their email address'), { target: { value: 'rosa@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the panel for this person' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith({ name: 'Rosa Diaz', email: 'rosa@example.org' }));
  });

  it('shows the background’s reason when the person is refused', async () => {
    const onConfirm = vi.fn(async () => {
      throw new Error('Invalid "getPersonView" request: "ref.email": That email address does not look right');
    });
    render(<ManualPerson found={{ crm: 'nationbuilder', account: 'a', crmId: '5', url: 'https://a.nationbuilder.com/admin/signups/5' }} problem="No name was found on this page." crmLabel="NationBuilder" onConfirm={onConfirm} />);
    fireEvent.input(screen.getByLabelText('Their name'), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText('Their email address'), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the panel for this person' }));
    await waitFor(() => expect(screen.getByText('"ref.email": That email address does not look right')).toBeTruthy());
  });
});
