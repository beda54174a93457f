import { pageSender } from '../background/panel-tab';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { FollowUpsApp, type FollowUpsApi } from '../../../components/followups/FollowUpsApp';
import { checkRequest } from '../../../lib/background/router';
import { followUpHandlers } from '../../../lib/background/handlers/followups';
import { getDB } from '../../../lib/store/db';
import { saveSettings } from '../../../lib/store/settings';
import { PAGE_SIZE } from '../../../lib/rules/followup-pages';
import type { FollowUp } from '../../../lib/model';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
// An extension page (the popup, the reports page) asks.
const self = pageSender;
const PEOPLE = ['Ana Ruiz', 'Dev Patel', 'Lee Chan'];

/** 45 overdue follow-ups over three people (one of them a thank-you each), and one due tomorrow. */
async function seed() {
  const db = await getDB();
  await saveSettings(db, { timeZone: 'UTC' });
  for (const [i, name] of PEOPLE.entries()) {
    await db.put('people', { key: `p${i}`, crm: 'nationbuilder', account: 'riverside', crmId: String(i), name, url: `https://riverside.nationbuilder.com/admin/signups/${i}`, bestWay: '', accessNeeds: '', relationship: '', ladder: 'unknown', notes: '', createdAt: 0, updatedAt: 0, rev: 0, fieldRevs: {} });
  }
  for (let k = 0; k < 45; k++) {
    const dueAt = NOW - (45 - k) * 3_600_000;
    const f: FollowUp = { id: `f${k}`, personKey: `p${k % 3}`, kind: k < 3 ? 'thank-you' : 'custom', title: `Call back #${k}`, dueAt, status: 'open', activeAt: dueAt, notifiedAt: dueAt, createdAt: 0, updatedAt: 0 };
    await db.put('followups', f);
  }
  const tomorrow = NOW + 86_400_000;
  await db.put('followups', { id: 'later', personKey: 'p1', kind: 'custom', title: 'Send Dev the notes', dueAt: tomorrow, status: 'open', activeAt: tomorrow, createdAt: 0, updatedAt: 0 });
}

const api: FollowUpsApi = {
  list: (request) => followUpHandlers.listFollowUps(checkRequest('listFollowUps', request, self, 'ext'), {}),
  more: (request) => followUpHandlers.moreFollowUps(checkRequest('moreFollowUps', request, self, 'ext'), {}),
  complete: (id) => followUpHandlers.completeFollowUp(checkRequest('completeFollowUp', { id }, self, 'ext'), {}),
  snooze: (id) => followUpHandlers.snoozeFollowUp(checkRequest('snoozeFollowUp', { id }, self, 'ext'), {}),
  open: async () => undefined,
  reportsUrl: 'reports.html',
  optionsUrl: 'options.html',
};

const overdue = () => screen.getByRole('region', { name: /^Overdue/ });
const rows = () => within(overdue()).getAllByRole('listitem').length;

describe('the popup at more follow-ups than it draws', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('heads each section with its true count, draws a first page, and “Show more” reaches the rest', async () => {
    await seed();
    render(<FollowUpsApp api={api} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 45' })).toBeTruthy());
    expect(rows()).toBe(PAGE_SIZE);
    expect(screen.getByRole('heading', { name: 'Upcoming 1' })).toBeTruthy();
    // Most overdue first: the oldest is the first row.
    expect(within(overdue()).getAllByRole('listitem')[0]!.textContent).toContain('Call back #0');

    fireEvent.click(within(overdue()).getByRole('button', { name: `Show more (${PAGE_SIZE} of 45 shown)` }));
    await waitFor(() => expect(rows()).toBe(40));
    // One card per person, however many pages brought their rows.
    expect(within(overdue()).getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(PEOPLE);
    fireEvent.click(within(overdue()).getByRole('button', { name: /^Show more/ }));
    await waitFor(() => expect(rows()).toBe(45));
    expect(within(overdue()).queryByRole('button', { name: /^Show more/ })).toBeNull();

    // Done keeps what was drawn and the count follows.
    fireEvent.click(screen.getByRole('button', { name: 'Done: Call back #44, Lee Chan' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 44' })).toBeTruthy());
    expect(rows()).toBe(44);
  });

  it('narrows to one person or one kind, with counts for what is left', async () => {
    await seed();
    render(<FollowUpsApp api={api} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 45' })).toBeTruthy());
    fireEvent.click(screen.getAllByRole('button', { name: 'Show only Dev Patel’s follow-ups' })[0]!);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 15' })).toBeTruthy());
    expect(screen.getByText('Showing only Dev Patel')).toBeTruthy();
    expect(within(overdue()).getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Dev Patel']);
    expect(screen.getByRole('heading', { name: 'Upcoming 1' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'thank-you' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 1' })).toBeTruthy());
    expect(screen.queryByRole('heading', { name: /^Upcoming/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show everyone' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overdue 3' })).toBeTruthy());
  });
});
