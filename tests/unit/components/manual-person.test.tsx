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

describe('a page that shows no one', () => {
  const base = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '4040', url: 'https://riverside.nationbuilder.com/admin/signups/4040' };

  it('says so instead of asking who it is, and offers the form only if its words may be wrong', async () => {
    const onConfirm = vi.fn(async () => {});
    const read = { ok: false as const, noPerson: true, partial: base, problem: 'x', problemCode: 'not-found' as const, problemDetail: 'Page not found' };
    render(<ManualPerson found={base} problem="x" read={read} crmLabel="NationBuilder" onConfirm={onConfirm} />);
    expect(screen.getByRole('heading', { name: 'No one on this page' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('This page says “Page not found”, so it shows no person.');
    expect(screen.queryByLabelText('Their name')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'This page does show someone' }));
    expect(screen.getByLabelText('Their name')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('does not doubt an error status', () => {
    const read = { ok: false as const, noPerson: true, partial: base, problem: 'x', problemCode: 'http-error' as const, problemDetail: '404' };
    render(<ManualPerson found={base} problem="x" read={read} crmLabel="NationBuilder" onConfirm={async () => {}} />);
    expect(screen.getByRole('status').textContent).toBe('This is an error page (the site answered with status 404), so it shows no person.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('words a read problem in the organizer’s language', () => {
    const read = { ok: false as const, partial: base, problem: 'x', problemCode: 'title-not-name' as const, problemDetail: 'People' };
    render(<ManualPerson found={base} problem="x" read={read} crmLabel="NationBuilder" onConfirm={async () => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('The page shows only “People”, which is a page or organization title, not a person’s name.');
  });
});
