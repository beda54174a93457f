import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting, finishMeeting, saveMeeting } from '../../../lib/store/meetings';
import { saveSettings } from '../../../lib/store/settings';
import { organizerId, recentTeamContacts } from '../../../lib/store/team';
import { teamHandlers } from '../../../lib/background/handlers/team';
import { personHandlers } from '../../../lib/background/handlers/person';
import { checkRequest } from '../../../lib/background/router';
import { pageSender, panelSender, showInTab } from './panel-tab';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { TEAM_FORMAT, type TeamFile } from '../../../lib/export/team-file';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 18);
const sender = {};
const SAM = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '42', name: 'Sam Okafor', url: 'https://riverside.nationbuilder.com/admin/signups/42' };
const SAM_KEY = 'nationbuilder:riverside:id:42';

type FileMeeting = TeamFile['meetings'][number];
const meeting = (id: string, at: number, over: Partial<FileMeeting> = {}): FileMeeting => ({
  id,
  at,
  status: 'held',
  person: { key: SAM_KEY, name: 'Sam Okafor', url: SAM.url },
  model: 'Six steps',
  ask: '',
  ladder: 'unknown',
  commitments: [],
  ...over,
});

function file(id: string, name: string, madeAt: number, meetings: FileMeeting[], over: Partial<TeamFile> = {}): string {
  const f: TeamFile = {
    format: TEAM_FORMAT,
    version: 1,
    madeAt,
    organizer: { id, name },
    timeZone: 'UTC',
    period: { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 11, 1) - 1 },
    includesNotes: false,
    meetings,
    followUps: { months: [], overdueNow: 0 },
    drives: [],
    ...over,
  };
  return JSON.stringify(f);
}

const ANA = 'aaaaaaaa-0000-4000-8000-000000000001';
const BEN = 'bbbbbbbb-0000-4000-8000-000000000002';
const importText = (text: string) => teamHandlers.importTeamFile(checkRequest('importTeamFile', { text }, pageSender, 'ext'), sender);
const team = () => teamHandlers.getTeam({}, sender);

describe('team files in the store', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('rolls two organizers up by month, with the team’s totals and each drive by organizer and in total', async () => {
    const drive = { id: 'd', name: 'November drive', startDate: '2026-11-01', endDate: '2026-11-30', goal: 20 };
    const ana = file(ANA, 'Ana Ruiz', NOW - DAY, [
      meeting('a1', Date.UTC(2026, 9, 12), { ask: 'Come to the huddle', answer: 'no' }),
      meeting('a2', Date.UTC(2026, 10, 3), { ask: 'Host a house meeting', answer: 'yes', commitments: [{ direction: 'theirs', what: 'Host', dueAt: NOW, status: 'kept', madeAt: Date.UTC(2026, 10, 3) }] }),
      meeting('a3', Date.UTC(2026, 10, 9), { ask: 'Canvass', answer: 'ambivalent' }),
      meeting('a4', NOW + 2 * DAY, { status: 'planned' }),
    ], { followUps: { months: [{ month: '2026-11', onTime: 4, late: 1 }], overdueNow: 3 }, drives: [{ ...drive, held: 2 }] });
    const ben = file(BEN, 'Ben Cho', NOW - 2 * DAY, [meeting('b1', Date.UTC(2026, 10, 15), { ask: 'Join the lobby visit', answer: 'yes' })], {
      followUps: { months: [{ month: '2026-10', onTime: 2, late: 0 }], overdueNow: 1 },
      drives: [{ ...drive, name: 'november drive ', goal: 10, held: 1 }],
    });
    expect(await importText(ana)).toEqual({ status: 'added', organizerName: 'Ana Ruiz', madeAt: NOW - DAY, meetings: 4 });
    expect(await importText(ben)).toMatchObject({ status: 'added', organizerName: 'Ben Cho' });

    const rollup = await team();
    expect(rollup.organizers.map((o) => [o.name, o.overdueNow, o.meetings])).toEqual([['Ana Ruiz', 3, 4], ['Ben Cho', 1, 1]]);
    expect(rollup.months).toEqual(['2026-10', '2026-11']);
    const row = (month: string, name: string) => rollup.rows.find((r) => r.month === month && r.name === name)!.figures;
    expect(row('2026-10', 'Ana Ruiz')).toMatchObject({ held: 1, asks: 1, yes: 0, no: 1 });
    expect(row('2026-11', 'Ana Ruiz')).toMatchObject({ held: 2, asks: 2, yes: 1, ambivalent: 1, commitmentsMade: 1, commitmentsKept: 1, followUpsOnTime: 4, followUpsLate: 1 });
    expect(row('2026-10', 'Ben Cho')).toMatchObject({ held: 0, followUpsOnTime: 2 });
    expect(rollup.totals.find((m) => m.month === '2026-11')).toMatchObject({ held: 3, asks: 3, yes: 2, followUpsOnTime: 4 });
    // Drives with the same name and days (case and spaces aside) are one team drive.
    expect(rollup.drives).toHaveLength(1);
    expect(rollup.drives[0]!.byOrganizer.map((o) => [o.name, o.held, o.goal])).toEqual([['Ana Ruiz', 2, 20], ['Ben Cho', 1, 10]]);
    expect(rollup.drives[0]!.total).toEqual({ goal: 30, held: 3 });

    const csv = await teamHandlers.exportTeamCsv({}, sender);
    expect(csv.text).toContain('Month,Organizer,1:1s held,Asks,Clear yes');
    expect(csv.text).toContain('2026-11,Ana Ruiz,2,2,1,1,0,1,1,4,1,3,');
    expect(csv.text).toContain('2026-11,Team total,3,3,2,1,0,1,1,4,1,,');
  });

  it('replaces an organizer’s older file with a newer one, and says so; an older or the same file changes nothing', async () => {
    await importText(file(ANA, 'Ana Ruiz', NOW - 10 * DAY, [meeting('old', NOW - 12 * DAY)]));
    const newer = await importText(file(ANA, 'Ana Ruiz', NOW - DAY, [meeting('new1', NOW - 3 * DAY), meeting('new2', NOW - 2 * DAY)]));
    expect(newer).toEqual({ status: 'replaced', organizerName: 'Ana Ruiz', madeAt: NOW - DAY, meetings: 2, previousMadeAt: NOW - 10 * DAY });
    expect((await team()).organizers.map((o) => o.meetings)).toEqual([2]);
    const db = await getDB();
    const samSeen = async () => (await recentTeamContacts(db, SAM_KEY, 0)).map((c) => c.at).sort();
    expect(await samSeen()).toEqual([NOW - 3 * DAY, NOW - 2 * DAY]);

    const before = JSON.stringify(await team());
    expect(await importText(file(ANA, 'Ana Ruiz', NOW - 5 * DAY, [meeting('mid', NOW - 6 * DAY)]))).toEqual({ status: 'stale', organizerName: 'Ana Ruiz', madeAt: NOW - 5 * DAY, keptMadeAt: NOW - DAY });
    expect(await importText(file(ANA, 'Ana Ruiz', NOW - DAY, [meeting('same', NOW - 6 * DAY)]))).toMatchObject({ status: 'stale' });
    expect(JSON.stringify(await team())).toBe(before);
    expect(await samSeen()).toEqual([NOW - 3 * DAY, NOW - 2 * DAY]);
  });

  it('refuses a bad file with its reason and keeps everything as it was', async () => {
    await importText(file(ANA, 'Ana Ruiz', NOW - DAY, [meeting('a1', NOW - 3 * DAY)]));
    const before = JSON.stringify(await team());
    const result = await importText(file(ANA, 'Ana Ruiz', NOW, [meeting('a1', NOW - 3 * DAY), meeting('a1', NOW - 2 * DAY)]));
    expect(result).toEqual({ status: 'refused', problem: expect.stringMatching(/duplicate at meetings\[1\]\.id/) });
    expect(JSON.stringify(await team())).toBe(before);
  });

  it('removes an organizer’s file with its figures and its 1:1s for the person check', async () => {
    await importText(file(ANA, 'Ana Ruiz', NOW - DAY, [meeting('a1', NOW - 3 * DAY)]));
    await importText(file(BEN, 'Ben Cho', NOW - DAY, [meeting('b1', NOW - 4 * DAY)]));
    expect(await teamHandlers.removeTeamFile({ organizerId: ANA }, sender)).toEqual({ removed: true });
    expect((await team()).organizers.map((o) => o.name)).toEqual(['Ben Cho']);
    const db = await getDB();
    expect((await recentTeamContacts(db, SAM_KEY, 0)).map((c) => c.organizerName)).toEqual(['Ben Cho']);
    expect((await db.getAll('teamContacts')).every((r) => r.organizerId === BEN)).toBe(true);
    expect(await db.count('teamFiles')).toBe(1);
  });
});

describe('recently contacted, in the person’s view', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());
  const view = async () => {
    await showInTab(SAM);
    return personHandlers.getPersonView(checkRequest('getPersonView', {}, panelSender, 'ext'), panelSender);
  };

  it('names another organizer who met them five days ago, or has a 1:1 scheduled, and leaves out older ones and other people', async () => {
    await importText(
      file(ANA, 'Ana Ruiz', NOW - DAY, [
        meeting('recent', NOW - 5 * DAY),
        meeting('long-ago', NOW - 20 * DAY),
        meeting('someone-else', NOW - 2 * DAY, { person: { key: 'nationbuilder:riverside:id:43', name: 'Other', url: 'https://riverside.nationbuilder.com/admin/signups/43' } }),
      ]),
    );
    await importText(file(BEN, 'Ben Cho', NOW - DAY, [meeting('ahead', NOW + 3 * DAY, { status: 'planned' })]));
    expect((await view()).recentContacts).toEqual([
      { source: 'team', who: 'Ben Cho', at: NOW + 3 * DAY, kind: 'scheduled' },
      { source: 'team', who: 'Ana Ruiz', at: NOW - 5 * DAY, kind: 'held' },
    ]);
    // The window is a setting: at 3 days, Ana’s 1:1 is no longer recent.
    const db = await getDB();
    await saveSettings(db, { recentContactDays: 3 });
    expect((await view()).recentContacts?.map((c) => c.who)).toEqual(['Ben Cho']);
  });

  it('counts the organizer’s own scheduled and recent 1:1s, and never their own imported file twice', async () => {
    const db = await getDB();
    await saveSettings(db, { timeZone: 'UTC', organizerName: 'Me' });
    const mine = await organizerId(db);
    const person = await upsertFromRef(db, SAM, NOW - 30 * DAY);
    await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'held', NOW - 9 * DAY);
    await finishMeeting(db, 'held', NOW - 8 * DAY);
    const planned = await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'next', NOW - DAY);
    await saveMeeting(db, planned.id, { scheduledAt: NOW + 2 * DAY }, planned.rev, NOW - DAY);
    await importText(file(mine, 'Me', NOW - DAY, [meeting('held', NOW - 8 * DAY)]));
    // One line for the organizer: the 1:1 ahead (the one held 8 days ago is older news).
    expect((await view()).recentContacts).toEqual([{ source: 'mine', who: '', at: NOW + 2 * DAY, kind: 'scheduled' }]);
    expect(await db.count('teamContacts')).toBe(0);
  });
});

describe('drive goals', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('counts held 1:1s for each drive, keeps past ones, and lists only running ones for the popup', async () => {
    const db = await getDB();
    await saveSettings(db, { timeZone: 'America/Chicago' });
    const person = await upsertFromRef(db, SAM, NOW - 30 * DAY);
    for (const [id, at] of [['m1', NOW - 2 * DAY], ['m2', NOW - DAY], ['m3', Date.UTC(2026, 9, 20)]] as const) {
      await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, id, at - DAY);
      await finishMeeting(db, id, at);
    }
    await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'open', NOW);
    const save = async (input: object) => teamHandlers.saveDrive(checkRequest('saveDrive', input, pageSender, 'ext'), sender);
    const nov = await save({ name: 'November drive', goal: 40, startDate: '2026-11-01', endDate: '2026-11-30' });
    await save({ name: 'October drive', goal: 4, startDate: '2026-10-01', endDate: '2026-10-31' });
    await expect(save({ name: 'Bad', goal: 4, startDate: '2026-10-31', endDate: '2026-10-01' })).rejects.toThrow(/ends before it starts/);

    const all = await teamHandlers.listDrives({ current: false }, sender);
    expect(all.drives.map((d) => [d.drive.name, d.progress.held, d.progress.status])).toEqual([
      ['November drive', 2, 'behind'],
      ['October drive', 1, 'missed'],
    ]);
    expect((await teamHandlers.listDrives({ current: true }, sender)).drives.map((d) => d.drive.id)).toEqual([nov.id]);

    await save({ id: nov.id, name: 'November drive', goal: 3, startDate: '2026-11-01', endDate: '2026-11-30' });
    expect((await teamHandlers.listDrives({ current: true }, sender)).drives[0]!.progress).toMatchObject({ held: 2, goal: 3, status: 'on-track' });
    expect(await teamHandlers.deleteDrive({ id: nov.id }, sender)).toEqual({ deleted: true });
    expect((await teamHandlers.listDrives({ current: true }, sender)).drives).toEqual([]);
  });

  it('go into the backup and come back from it; a backup made before drives existed still restores', async () => {
    const saved = await teamHandlers.saveDrive({ name: 'November drive', goal: 40, startDate: '2026-11-01', endDate: '2026-11-30' }, sender);
    const backup = await dataHandlers.exportBackup({}, sender);
    expect(JSON.parse(backup.text).drives).toEqual([saved]);
    await dataHandlers.importBackup({ text: JSON.stringify({ ...JSON.parse(backup.text), drives: undefined }), mode: 'replace' }, sender);
    expect((await teamHandlers.listDrives({ current: false }, sender)).drives).toEqual([]);
    await dataHandlers.importBackup({ text: backup.text, mode: 'merge' }, sender);
    expect((await teamHandlers.listDrives({ current: false }, sender)).drives.map((d) => d.drive)).toEqual([saved]);
  });

  it('shares a team file only with the organizer’s name, and the file imports on a staff computer', async () => {
    const db = await getDB();
    const request = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) - 1, includeNotes: false };
    await expect(teamHandlers.exportTeamFile(request, sender)).rejects.toThrow(/Add your name first/);
    await saveSettings(db, { timeZone: 'UTC', organizerName: 'Ana Ruiz' });
    const person = await upsertFromRef(db, SAM, NOW - 30 * DAY);
    await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'm1', NOW - 3 * DAY);
    await finishMeeting(db, 'm1', NOW - 2 * DAY);
    const exported = await teamHandlers.exportTeamFile(request, sender);
    expect(exported.filename).toBe('team-report-ana-ruiz-2026-11-01-to-2026-11-30.json');
    const again = await teamHandlers.exportTeamFile(request, sender);
    // The same organizer id every time, so staff see a newer file replace the older one.
    expect(JSON.parse(again.text).organizer).toEqual(JSON.parse(exported.text).organizer);
    expect(await importText(exported.text)).toMatchObject({ status: 'added', organizerName: 'Ana Ruiz', meetings: 1 });
  });
});
