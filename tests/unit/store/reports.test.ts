import { pageSender } from '../background/panel-tab';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../lib/background/router';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { getDB } from '../../../lib/store/db';
import { saveSettings } from '../../../lib/store/settings';
import { withActiveAt } from '../../../lib/rules/followups';
import { buildReport } from '../../../lib/rules/report';
import { commitmentsCsv, meetingsCsv } from '../../../lib/export/csv';
import { Commitment, FollowUp, Meeting, Person } from '../../../lib/model';
import { buildCsv } from '../../../components/reports/ReportsApp';
import { TZDate } from '@date-fns/tz';
import { endOfMonth } from 'date-fns';
import { REPORT_TOTALS_KEY } from '../../../lib/store/report-totals';
import { KEPT_RULES, keptTotalsOf, type KeptTotals } from '../../../lib/rules/report';
import { createMeeting, finishMeeting, saveMeeting } from '../../../lib/store/meetings';
import { deleteCommitment, putCommitment, restoreCommitment, setCommitmentStatus } from '../../../lib/store/commitments';
import { completeFollowUp } from '../../../lib/store/followups';
import { MADE_LATE_GRACE_MS } from '../../../lib/rules/on-time';
import { buildTeamFile } from '../../../lib/export/team-file';
import { exportBackup, restoreBackup } from '../../../lib/store/backup';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
// An extension page (the popup, the reports page) asks.
const self = pageSender;

/** A seeded pseudo-random stream, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * Two years of an organizer's work, with the awkward cases: times on month edges (which month
 * depends on the zone), 1:1s not held, a held one from an old backup with no start time, asks
 * with no answer and answers with no ask, follow-ups done on the dot.
 */
async function seed(timeZone: string) {
  const db = await getDB();
  await saveSettings(db, { timeZone, organizerName: 'Alex Rivera' });
  const rnd = random(7);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const people = Array.from({ length: 20 }, (_, i) =>
    Person.parse({ key: `p${i}`, crm: 'nationbuilder', account: 'riverside', crmId: String(i), name: `Person ${i}`, email: `p${i}@example.org`, url: `https://riverside.nationbuilder.com/admin/signups/${i}`, createdAt: 0, updatedAt: 0 }),
  );
  const when = () => (rnd() < 0.15 ? Date.UTC(2025, Math.floor(rnd() * 24), 1) - Math.floor(rnd() * 3) * 3_600_000 : START + Math.floor(rnd() * 730 * DAY));
  const meetings = Array.from({ length: 300 }, (_, i) => {
    const at = when();
    return Meeting.parse({
      id: `m${String(i).padStart(3, '0')}`,
      personKey: pick(people).key,
      templateId: 'six-steps',
      status: pick(['held', 'held', 'held', 'planned', 'cancelled'] as const),
      startedAt: i === 5 ? undefined : at,
      endedAt: at + 1,
      ask: pick(['', '  ', 'Host a house meeting']),
      answer: pick([undefined, 'yes', 'ambivalent', 'no'] as const),
      report: { notes: `Notes ${i}` },
      createdAt: at - DAY,
      updatedAt: at,
    });
  });
  meetings[5]!.status = 'held'; // held, with no start time: counted by its end
  const commitments = Array.from({ length: 400 }, (_, i) => {
    const at = when();
    return Commitment.parse({ id: `c${String(i).padStart(3, '0')}`, personKey: pick(people).key, meetingId: pick(meetings).id, direction: pick(['theirs', 'mine'] as const), what: `Promise ${i}`, dueAt: at + 5 * DAY, status: pick(['open', 'kept', 'kept', 'missed', 'dropped'] as const), createdAt: at, updatedAt: at });
  });
  const followups = Array.from({ length: 900 }, (_, i) => {
    const dueAt = when();
    const done = rnd() < 0.7;
    const doneAt = pick([dueAt, dueAt - 3_600_000, dueAt + 2 * DAY]);
    return withActiveAt(FollowUp.parse({ id: `f${i}`, personKey: pick(people).key, kind: 'check-in', dueAt, status: done ? 'done' : 'open', doneAt: done ? doneAt : undefined, createdAt: 0, updatedAt: 0 }));
  });
  const tx = db.transaction(['people', 'meetings', 'commitments', 'followups'], 'readwrite');
  for (const p of people) void tx.objectStore('people').put(p);
  for (const m of meetings) void tx.objectStore('meetings').put(m);
  for (const c of commitments) void tx.objectStore('commitments').put(c);
  for (const f of followups) void tx.objectStore('followups').put(f);
  await tx.done;
  return { db, people, meetings, commitments, followups };
}

/** The first and last millisecond of whole months in a zone (the reports page asks for these). */
const months = (first: [number, number], last: [number, number], zone: string) => ({
  from: new TZDate(first[0], first[1] - 1, 1, zone).getTime(),
  to: endOfMonth(new TZDate(last[0], last[1] - 1, 1, zone)).getTime(),
});

describe('report figures kept per month', () => {
  for (const timeZone of ['UTC', 'America/Mexico_City', 'Europe/Paris']) {
    it(`agree with counting every record (${timeZone})`, async () => {
      const data = await seed(timeZone);
      for (const range of [months([2025, 3], [2025, 8], timeZone), months([2025, 1], [2026, 12], timeZone), months([2025, 6], [2025, 6], timeZone)]) {
        const { timeZone: zone, ...figures } = await dataHandlers.getReport(checkRequest('getReport', range, self, 'ext'), {});
        expect(zone).toBe(timeZone);
        expect(figures).toEqual(buildReport(data, { ...range, timeZone }));
      }
      const all = await dataHandlers.getReport(checkRequest('getReport', months([2025, 1], [2026, 12], timeZone), self, 'ext'), {});
      expect(Math.min(all.totals.held, all.totals.asks, all.totals.no, all.totals.commitmentsKept, all.totals.followUpsOnTime, all.totals.followUpsLate)).toBeGreaterThan(0);
    });
  }

  it('move with every write that changes them, so they never need reading every record again', async () => {
    const { db } = await seed('Europe/Paris');
    await dataHandlers.getReport(checkRequest('getReport', months([2025, 1], [2025, 1], 'Europe/Paris'), self, 'ext'), {});
    const kept = async () => (await db.get('meta', REPORT_TOTALS_KEY)) as KeptTotals;
    const fresh = async () => {
      const [meetings, commitments, followups] = await Promise.all([db.getAll('meetings'), db.getAll('commitments'), db.getAll('followups')]);
      return keptTotalsOf({ meetings, commitments, followups }, 'Europe/Paris');
    };
    expect(await kept()).toEqual(await fresh());

    const now = Date.UTC(2027, 2, 15, 12); // a month the seed left empty
    // A 1:1 from plan to held, its answer changed afterwards, and another's answer changed.
    await createMeeting(db, { personKey: 'p1', templateId: 'six-steps' }, 'new', now);
    await finishMeeting(db, 'new', now);
    const held = (await db.get('meetings', 'new'))!;
    await saveMeeting(db, 'new', { ask: 'Lead the phone bank', answer: 'ambivalent' }, held.rev, now + 1);
    const other = (await db.getAll('meetings')).find((m) => m.status === 'held' && m.answer === 'yes')!;
    await saveMeeting(db, other.id, { answer: 'no' }, other.rev, now + 2);
    // A commitment made, then kept; an old one no longer kept.
    await putCommitment(db, Commitment.parse({ id: 'c-new', personKey: 'p2', direction: 'mine', what: 'Send the flyer', dueAt: now + DAY, createdAt: now, updatedAt: now }), now);
    await setCommitmentStatus(db, 'c-new', 'kept', now + 4);
    const wasKept = (await db.getAll('commitments')).find((c) => c.status === 'kept' && c.id !== 'c-new')!;
    await setCommitmentStatus(db, wasKept.id, 'missed', now + 5);
    // One removed by mistake, then put back (undo), and one removed for good.
    const removed = await deleteCommitment(db, wasKept.id, now + 6);
    expect(await kept()).toEqual(await fresh());
    await restoreCommitment(db, removed, now + 7);
    expect(await kept()).toEqual(await fresh());
    // Follow-ups done late and on time. The writes above made reminders already past due
    // (checks of old commitments, made at `now`): one done within its hour counts on time.
    const open = (await db.getAll('followups')).filter((f) => f.status === 'open');
    await completeFollowUp(db, open.find((f) => f.dueAt < now && f.createdAt + MADE_LATE_GRACE_MS < now)!.id, now);
    await completeFollowUp(db, open.find((f) => f.dueAt > now)!.id, now);
    await completeFollowUp(db, open.find((f) => f.dueAt < now && f.createdAt >= now)!.id, now + 30 * 60_000);
    expect(await kept()).toEqual(await fresh());
    const report = await dataHandlers.getReport(checkRequest('getReport', months([2027, 3], [2027, 3], 'Europe/Paris'), self, 'ext'), {});
    expect(report.totals).toMatchObject({ held: 1, asks: 1, ambivalent: 1, commitmentsMade: 1, commitmentsKept: 1, followUpsOnTime: 2, followUpsLate: 1 });
  });

  it('are built again after a restore, and in a new time zone', async () => {
    const { db } = await seed('UTC');
    const range = months([2025, 1], [2026, 12], 'UTC');
    const before = await dataHandlers.getReport(checkRequest('getReport', range, self, 'ext'), {});
    await restoreBackup(db, { ...(await exportBackup(db, 0)), meetings: [], commitments: [] }, 'replace');
    expect(await db.get('meta', REPORT_TOTALS_KEY)).toBeUndefined();
    const after = await dataHandlers.getReport(checkRequest('getReport', range, self, 'ext'), {});
    expect(after.totals).toMatchObject({ held: 0, commitmentsMade: 0, followUpsLate: before.totals.followUpsLate });

    await saveSettings(db, { timeZone: 'Asia/Kolkata' });
    const kolkata = await dataHandlers.getReport(checkRequest('getReport', range, self, 'ext'), {});
    expect(kolkata.timeZone).toBe('Asia/Kolkata');
    expect(((await db.get('meta', REPORT_TOTALS_KEY)) as KeptTotals).zone).toBe('Asia/Kolkata');
  });
});

describe('on time, one rule everywhere', () => {
  const MIN = 60_000;
  const dueAt = Date.UTC(2026, 10, 10, 9);
  const month = months([2026, 11], [2026, 11], 'UTC');
  /** A reminder made 10 minutes after it was due (a commitment entered late), still open. */
  const madeLate = (id: string) =>
    withActiveAt(FollowUp.parse({ id, personKey: 'p1', kind: 'commitment-check', dueAt, status: 'open', createdAt: dueAt + 10 * MIN, updatedAt: dueAt + 10 * MIN }));

  /** The reports page's month figures, buildReport's and the team file's, for November. */
  async function threeWays() {
    const db = await getDB();
    const { totals } = await dataHandlers.getReport(checkRequest('getReport', month, self, 'ext'), {});
    const followups = await db.getAll('followups');
    const built = buildReport({ meetings: [], commitments: [], followups }, { ...month, timeZone: 'UTC' }).totals;
    const team = buildTeamFile({
      organizer: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Alex Rivera' },
      timeZone: 'UTC',
      period: month,
      includeNotes: false,
      now: month.to,
      people: new Map(),
      meetings: [],
      commitments: [],
      followups,
      templates: [],
      drives: [],
    }).followUps.months;
    return {
      page: [totals.followUpsOnTime, totals.followUpsLate],
      report: [built.followUpsOnTime, built.followUpsLate],
      team: team.map((m) => [m.onTime, m.late]).flat(),
    };
  }

  // Kept as they change (the figures exist before the Done) and built from the records.
  for (const keptBefore of [true, false]) {
    it(`a reminder made past due counts on time done within its hour, late after: the reports page, buildReport and the team file agree (${keptBefore ? 'kept as they change' : 'built from the records'})`, async () => {
      const db = await getDB();
      await saveSettings(db, { timeZone: 'UTC' });
      await db.put('followups', madeLate('within'));
      await db.put('followups', madeLate('after'));
      if (keptBefore) await threeWays();
      await completeFollowUp(db, 'within', dueAt + 40 * MIN); // 30 minutes after it was made
      await completeFollowUp(db, 'after', dueAt + 130 * MIN); // 2 hours after it was made
      expect(await threeWays()).toEqual({ page: [1, 1], report: [1, 1], team: [1, 1] });
    });
  }

  it('month figures kept by older rules (before an upgrade) are counted again', async () => {
    const db = await getDB();
    await saveSettings(db, { timeZone: 'UTC' });
    await db.put('followups', withActiveAt({ ...madeLate('within'), status: 'done', doneAt: dueAt + 40 * MIN }));
    // What the version before kept: that one late, and no rules number.
    const november = { held: 0, asks: 0, yes: 0, ambivalent: 0, no: 0, commitmentsMade: 0, commitmentsKept: 0, followUpsOnTime: 0, followUpsLate: 1 };
    await db.put('meta', { zone: 'UTC', months: { '2026-11': november } }, REPORT_TOTALS_KEY);
    expect((await threeWays()).page).toEqual([1, 0]);
    expect(await db.get('meta', REPORT_TOTALS_KEY)).toMatchObject({ rules: KEPT_RULES, zone: 'UTC' });
  });
});

describe('CSV built a slice at a time', () => {
  const api = { exportCsv: (what: 'meetings' | 'commitments', from: number, to: number, after?: { at: number; id: string }) => dataHandlers.exportCsv(checkRequest('exportCsv', { what, from, to, after, limit: 17 }, self, 'ext'), {}) };

  it('joins into the same file as building it whole, and counts its progress to the last row', async () => {
    const data = await seed('UTC');
    const period = { from: Date.UTC(2025, 2, 1), to: Date.UTC(2026, 2, 31, 23) };
    const inPeriod = (ms: number) => ms >= period.from && ms <= period.to;
    const ctx = { people: new Map(data.people.map((p) => [p.key, p])), organizer: 'Alex Rivera', timeZone: 'UTC' };
    const byCreated = [...data.commitments].sort((a, b) => a.createdAt - b.createdAt);
    const held = data.meetings
      .filter((m) => m.status === 'held' && inPeriod(m.startedAt ?? m.scheduledAt ?? m.createdAt))
      .sort((a, b) => (a.startedAt ?? a.scheduledAt ?? a.createdAt) - (b.startedAt ?? b.scheduledAt ?? b.createdAt));

    const progress: [number, number][] = [];
    const file = await buildCsv(api, 'meetings', period, (done, total) => progress.push([done, total]));
    expect(file.text).toBe(meetingsCsv(held, byCreated, ctx));
    expect(file.filename).toBe('1-1-reports-2025-03-01-to-2026-03-31.csv');
    expect(progress.length).toBe(Math.ceil(held.length / 17));
    expect(progress.at(-1)).toEqual([held.length, held.length]);

    const commitments = await buildCsv(api, 'commitments', period, () => {});
    expect(commitments.text).toBe(commitmentsCsv(byCreated.filter((c) => inPeriod(c.createdAt)), ctx));
  });

  it('puts a held 1:1 with no start time at the end of the file', async () => {
    const data = await seed('UTC');
    const stray = data.meetings[5]!;
    const period = { from: 0, to: Date.UTC(2030, 0, 1) };
    const file = await buildCsv(api, 'meetings', period, () => {});
    const lines = file.text.trimEnd().split('\r\n');
    expect(lines.length).toBe(1 + data.meetings.filter((m) => m.status === 'held').length);
    expect(lines.at(-1)).toContain(`Notes 5`);
    expect(stray.startedAt).toBeUndefined();
  });
});
