import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ReportsApp, type ReportsApi } from '../../../components/reports/ReportsApp';
import type { CsvSlice } from '../../../lib/protocol/data';

const NOW = Date.UTC(2026, 10, 22, 12);
const emptyReport = { months: [], totals: { held: 0, asks: 0, yes: 0, ambivalent: 0, no: 0, commitmentsMade: 0, commitmentsKept: 0, followUpsOnTime: 0, followUpsLate: 0 } };

describe('the reports page’s CSV', () => {
  it('builds a long file slice by slice, shows how far it got after a second, and downloads it whole', async () => {
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (void (blob as Blob).text().then((text) => saved.push(text)), 'blob:csv'));
    const slices: CsvSlice[] = [0, 1, 2, 3].map((i) => ({
      filename: 'report.csv',
      mime: 'text/csv',
      text: `${i === 0 ? 'Header\r\n' : ''}row ${i}\r\n`,
      rows: 500,
      total: 2000,
      after: i < 3 ? { at: i, id: `m${i}` } : undefined,
    }));
    const asked: (number | undefined)[] = [];
    const api: ReportsApi = {
      getReport: async () => emptyReport,
      timeZone: async () => 'UTC',
      optionsUrl: 'options.html',
      now: () => NOW,
      // Each slice takes 400 ms: the whole file, 1.6 s.
      exportCsv: (_what, _from, _to, after) => {
        asked.push(after?.at);
        return new Promise((done) => setTimeout(() => done(slices[after ? after.at + 1 : 0]!), 400));
      },
    };
    render(<ReportsApp api={api} />);
    const button = await screen.findByRole('button', { name: 'Download 1:1 reports (CSV)' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    // Quick exports show nothing; this one shows its progress once a second has passed.
    expect(screen.queryByRole('status')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Preparing the file: 1,000 of 2,000 rows…$|^Preparing the file: 1,500 of 2,000 rows…$/), { timeout: 1500 });
    await waitFor(() => expect(saved).toEqual(['Header\r\nrow 0\r\nrow 1\r\nrow 2\r\nrow 3\r\n']), { timeout: 2000 });
    expect(asked).toEqual([undefined, 0, 1, 2]);
    expect(screen.queryByRole('status')).toBeNull();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
});
