import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { RecentlyContacted } from '../../../components/panel/RecentlyContacted';
import { DrivesSection, type DrivesApi } from '../../../components/reports/DrivesSection';
import { TeamTable } from '../../../components/team/TeamTable';
import { buildTeamRollup, type TeamOrganizer } from '../../../lib/rules/team';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

describe('the recently-contacted notice', () => {
  it('says who and when in whole sentences, and is absent when no one is in touch', () => {
    const { container, rerender } = render(
      <RecentlyContacted
        timeZone="UTC"
        now={NOW}
        contacts={[
          { source: 'team', who: 'Ben Cho', at: NOW + 2 * DAY, kind: 'scheduled' },
          { source: 'mine', who: '', at: NOW - DAY, kind: 'held' },
          { source: 'team', who: 'Ana Ruiz', at: NOW - 5 * DAY, kind: 'held' },
          { source: 'team', who: 'Di Park', at: NOW - 3 * DAY, kind: 'scheduled' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Recently contacted' });
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Ben Cho has a 1:1 with them scheduled for Nov 22, 2026.',
      'You held a 1:1 with them on Nov 19, 2026.',
      'Ana Ruiz held a 1:1 with them on Nov 15, 2026.',
      'Di Park had a 1:1 with them scheduled for Nov 17, 2026.',
    ]);
    rerender(<RecentlyContacted timeZone="UTC" now={NOW} contacts={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('the drives section on the reports page', () => {
  it('refuses a drive that ends before it starts without asking the background, then saves a good one', async () => {
    const api: DrivesApi = {
      list: vi.fn(async () => ({ timeZone: 'America/Chicago', drives: [] })),
      save: vi.fn(async (input) => ({ ...input, id: 'd1', name: input.name ?? '', createdAt: 0, updatedAt: 0 })),
      remove: vi.fn(async () => {}),
    };
    render(<DrivesSection api={api} />);
    await waitFor(() => expect(screen.getByText('No drives yet.')).toBeTruthy());
    fireEvent.input(screen.getByLabelText('1:1s to hold'), { target: { value: '40' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-30' } });
    fireEvent.input(screen.getByLabelText('To (included)'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add drive' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The drive ends before it starts.'));
    expect(api.save).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.input(screen.getByLabelText('To (included)'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add drive' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved: 1:1 drive'));
    expect(api.save).toHaveBeenCalledWith({ name: '', goal: 40, startDate: '2026-11-01', endDate: '2026-11-30' });
  });
});

describe('the team table', () => {
  const organizer = (organizerId: string, name: string, months: [string, number][], overdueNow: number): TeamOrganizer => ({
    organizerId,
    name,
    madeAt: NOW,
    importedAt: NOW,
    timeZone: 'UTC',
    period: { from: 0, to: NOW },
    includesNotes: false,
    meetings: 0,
    overdueNow,
    drives: [],
    months: months.map(([month, held]) => ({ month, label: month, held, asks: held, yes: 1, ambivalent: 0, no: 0, commitmentsMade: 0, commitmentsKept: 0, followUpsOnTime: 0, followUpsLate: 0 })),
  });

  it('sums all months by default and shows one month when chosen, with the team’s total', async () => {
    const rollup = buildTeamRollup([organizer('b', 'Ben Cho', [['2026-10', 2], ['2026-11', 5]], 1), organizer('a', 'Ana Ruiz', [['2026-11', 3]], 4)]);
    render(<TeamTable rollup={rollup} />);
    const cells = (name: string) => [...screen.getByRole('rowheader', { name }).parentElement!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('Ana Ruiz')).toEqual(['3', '3', '1', '0', '0', '0', '0', '4']);
    expect(cells('Ben Cho')).toEqual(['7', '7', '2', '0', '0', '0', '0', '1']);
    expect(cells('Team total')).toEqual(['10', '10', '3', '0', '0', '0', '0', '5']);
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2026-10' } });
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Ana Ruiz' })).toBeNull());
    expect(cells('Ben Cho')).toEqual(['2', '2', '1', '0', '0', '0', '0', '1']);
  });
});
