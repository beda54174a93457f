import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PersonHeader } from '../../../components/panel/PersonHeader';
import { FollowUpsSection } from '../../../components/panel/FollowUpsSection';
import { FollowUp, Person } from '../../../lib/model';

const person = Person.parse({
  key: 'nationbuilder:riverside:id:1301', crm: 'nationbuilder', account: 'riverside', crmId: '1301', name: 'Riverside Tenants Union',
  email: 'renee.do@example.org', phone: '555-0131', url: 'https://riverside.nationbuilder.com/admin/signups/1301', createdAt: 1, updatedAt: 1,
});

describe('the person’s header', () => {
  it('marks an address they opted out of', () => {
    const { rerender } = render(<PersonHeader person={person} crmLabel="NationBuilder" />);
    expect(screen.queryByText('opted out of email')).toBeNull();
    rerender(<PersonHeader person={{ ...person, emailOptedOut: true }} crmLabel="NationBuilder" />);
    expect(screen.getByText('renee.do@example.org').tagName).toBe('S');
    expect(screen.getByText('opted out of email')).toBeTruthy();
  });

  it('lets the organizer correct a misread name, and says the page shows another', async () => {
    const onCorrectName = vi.fn(async () => {});
    const { rerender } = render(<PersonHeader person={person} crmLabel="NationBuilder" onCorrectName={onCorrectName} />);
    fireEvent.click(screen.getByRole('button', { name: 'Correct the name' }));
    const field = screen.getByLabelText('Their name') as HTMLInputElement;
    expect(field.value).toBe('Riverside Tenants Union');
    fireEvent.input(field, { target: { value: 'Renée Díaz-Okoro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await waitFor(() => expect(onCorrectName).toHaveBeenCalledWith('Renée Díaz-Okoro'));
    await waitFor(() => expect(screen.queryByLabelText('Their name')).toBeNull());

    rerender(<PersonHeader person={{ ...person, name: 'Renée Díaz-Okoro', nameFromPage: 'Riverside Tenants Union' }} crmLabel="NationBuilder" onCorrectName={onCorrectName} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Renée Díaz-Okoro');
    expect(screen.getByText(/You corrected this name\. The page shows “Riverside Tenants Union”\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use the page’s name' }));
    expect(onCorrectName).toHaveBeenLastCalledWith('');
  });

  it('shows why a correction was refused, and Cancel leaves the name alone', async () => {
    const onCorrectName = vi.fn(async () => {
      throw new Error('Invalid "correctPersonName" request: "name": Keep the name under 200 characters');
    });
    render(<PersonHeader person={person} crmLabel="NationBuilder" onCorrectName={onCorrectName} />);
    fireEvent.click(screen.getByRole('button', { name: 'Correct the name' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('"name": Keep the name under 200 characters'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Their name')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Riverside Tenants Union');
  });
});

describe('follow-ups for someone who opted out of email', () => {
  const due = FollowUp.parse({ id: 'f1', personKey: person.key, kind: 'thank-you', title: 'Thank them for the 1:1', dueAt: 5, createdAt: 1, updatedAt: 1 });
  const section = (emailOptedOut?: boolean) => (
    <FollowUpsSection followUps={[due]} emailOptedOut={emailOptedOut} timeZone="UTC" now={1} snoozeMinutes={60} onDone={() => {}} onSnooze={() => {}} />
  );

  it('say to reach them another way, and only for them', () => {
    const { rerender } = render(section(false));
    expect(screen.queryByText(/opted out of email/)).toBeNull();
    rerender(section(true));
    expect(screen.getByText('They opted out of email: follow up by phone or in person, not by email.')).toBeTruthy();
  });
});
