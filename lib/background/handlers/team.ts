import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { getDB } from '../../store/db';
import { getSettings } from '../../store/settings';
import { listTemplates } from '../../store/templates';
import { deleteDrive, listDrives, saveDrive } from '../../store/drives';
import { importTeamFile, knownOrganizerId, listTeamOrganizers, organizerId, removeTeamOrganizer } from '../../store/team';
import { buildTeamFile, parseTeamFile } from '../../export/team-file';
import { teamCsv } from '../../export/team-csv';
import { csvTime } from '../../export/csv';
import { slug } from '../../export/filename';
import { countHeld, dayIn, driveProgress } from '../../rules/drives';
import { buildTeamRollup } from '../../rules/team';
import { resolveTimeZone } from '../../rules/followups';
import { t } from '../../i18n';
import type { Meeting } from '../../model';
import type { DriveWithProgress } from '../../protocol/team';
import type { Handlers } from '../router';

type TeamHandlers = Pick<
  Handlers,
  'listDrives' | 'saveDrive' | 'deleteDrive' | 'exportTeamFile' | 'importTeamFile' | 'getTeam' | 'removeTeamFile' | 'exportTeamCsv'
>;

/** Running drives first (ending soonest), then those ahead, then past ones (latest first). */
function driveOrder(today: string) {
  const rank = (d: DriveWithProgress['drive']) => (d.endDate < today ? 2 : d.startDate > today ? 1 : 0);
  return (a: DriveWithProgress, b: DriveWithProgress) =>
    rank(a.drive) - rank(b.drive) ||
    (rank(a.drive) === 2 ? b.drive.endDate.localeCompare(a.drive.endDate) : a.drive.endDate.localeCompare(b.drive.endDate)) ||
    a.drive.name.localeCompare(b.drive.name);
}

export const teamHandlers: TeamHandlers = {
  async listDrives({ current }) {
    const db = await getDB();
    const now = Date.now();
    const timeZone = resolveTimeZone(await getSettings(db));
    const today = dayIn(now, timeZone);
    let drives = await listDrives(db);
    if (current) drives = drives.filter((d) => d.startDate <= today && d.endDate >= today);
    // Held 1:1s are read only when there is a drive to count them for.
    const held: Meeting[] = drives.length ? await db.getAllFromIndex('meetings', 'by-status', 'held') : [];
    const list = drives.map((drive) => ({ drive, progress: driveProgress(drive, countHeld(held, drive, timeZone), now, timeZone) }));
    return { timeZone, drives: list.sort(driveOrder(today)) };
  },

  async saveDrive(input) {
    return saveDrive(await getDB(), input, crypto.randomUUID(), Date.now());
  },

  async deleteDrive({ id }) {
    return { deleted: await deleteDrive(await getDB(), id) };
  },

  async exportTeamFile({ from, to, includeNotes }) {
    const db = await getDB();
    const now = Date.now();
    const settings = await getSettings(db);
    const name = settings.organizerName.trim();
    if (!name) throw new Error(t('team.share.noName'));
    const timeZone = resolveTimeZone(settings);
    const [id, templates] = await Promise.all([organizerId(db), listTemplates(db)]);
    const tx = db.transaction(['people', 'meetings', 'commitments', 'followups', 'drives'], 'readonly');
    const [people, meetings, commitments, followups, drives] = await Promise.all([
      tx.objectStore('people').getAll(),
      tx.objectStore('meetings').getAll(),
      tx.objectStore('commitments').getAll(),
      tx.objectStore('followups').getAll(),
      tx.objectStore('drives').getAll(),
    ]);
    const file = buildTeamFile({
      organizer: { id, name },
      timeZone,
      period: { from, to },
      includeNotes,
      now,
      people: new Map(people.map((p) => [p.key, p])),
      meetings,
      commitments,
      followups,
      templates,
      drives,
    });
    const day = (ms: number) => format(new TZDate(ms, timeZone), 'yyyy-MM-dd');
    return { filename: `team-report-${slug(name, 40, 'organizer')}-${day(from)}-to-${day(to)}.json`, mime: 'application/json', text: JSON.stringify(file) };
  },

  async importTeamFile({ text }) {
    const now = Date.now();
    const checked = parseTeamFile(text, now);
    if (!checked.ok) return { status: 'refused', problem: checked.problem };
    const db = await getDB();
    const done = await importTeamFile(db, checked.file, text, now, await knownOrganizerId(db));
    const { name: organizerName, madeAt, meetings } = done.organizer;
    if (done.status === 'stale') return { status: 'stale', organizerName, madeAt, keptMadeAt: done.keptMadeAt };
    if (done.status === 'replaced') return { status: 'replaced', organizerName, madeAt, meetings, previousMadeAt: done.previousMadeAt };
    return { status: 'added', organizerName, madeAt, meetings };
  },

  async getTeam() {
    return buildTeamRollup(await listTeamOrganizers(await getDB()));
  },

  async removeTeamFile({ organizerId }) {
    return { removed: await removeTeamOrganizer(await getDB(), organizerId) };
  },

  async exportTeamCsv() {
    const db = await getDB();
    const rollup = buildTeamRollup(await listTeamOrganizers(db));
    const text = teamCsv(
      rollup,
      {
        // Column names stay English in every language: importers map columns by name.
        month: 'Month',
        organizer: 'Organizer',
        held: '1:1s held',
        asks: 'Asks',
        yes: 'Clear yes',
        ambivalent: 'Ambivalent',
        no: 'No',
        commitmentsMade: 'Commitments made',
        commitmentsKept: 'Commitments kept',
        followUpsOnTime: 'Follow-ups on time',
        followUpsLate: 'Follow-ups late',
        overdueNow: 'Overdue when the file was made',
        fileMade: 'File made',
        total: 'Team total',
      },
      csvTime,
    );
    const day = format(new TZDate(Date.now(), resolveTimeZone(await getSettings(db))), 'yyyy-MM-dd');
    return { filename: `team-roll-up-${day}.csv`, mime: 'text/csv;charset=utf-8', text };
  },
};
