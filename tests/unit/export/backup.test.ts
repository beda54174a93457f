import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { getDB, resetDBCache, type DB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting, finishMeeting, saveMeeting } from '../../../lib/store/meetings';
import { putCommitment } from '../../../lib/store/commitments';
import { saveSettings } from '../../../lib/store/settings';
import { saveTemplate } from '../../../lib/store/templates';
import { exportBackup, restoreBackup, type RestoreProgress } from '../../../lib/store/backup';
import { deleteTemplate } from '../../../lib/store/templates';
import { followRestoreProgress, restoreProgressReporter, type RestoreProgressNote } from '../../../lib/restore-progress';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterChange } from '../../../lib/background/after-change';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { builtInTemplates } from '../../../lib/templates/builtin';
import type { Backup } from '../../../lib/export/backup';
import { Commitment } from '../../../lib/model';

const T0 = Date.UTC(2026, 10, 2, 15, 0);
const DAY = 86_400_000;
const sender = {} as never;

async function seed(db: DB) {
  await saveSettings(db, { timeZone: 'UTC', organizerName: 'Alex Rivera', snoozeMinutes: 120 });
  const a = await upsertFromRef(db, { crm: 'nationbuilder', account: 'riverside', crmId: '1201', name: 'María José Núñez', email: 'mj@example.org', url: 'https://riverside.nationbuilder.com/admin/signups/1201' }, T0);
  const b = await upsertFromRef(db, { crm: 'actionnetwork', account: 'tenants', name: 'Dev Patel', email: 'dev@example.org', url: 'https://actionnetwork.org/user_search/group/tenants/activist?email=dev%40example.org' }, T0);
  const m = await createMeeting(db, { personKey: a.key, templateId: 'six-steps', scheduledAt: T0 + 2 * DAY, place: 'Library' }, 'm1', T0);
  await saveMeeting(db, m.id, { status: 'in-progress', startedAt: T0 + 2 * DAY, ask: 'Host a house meeting', answer: 'yes', report: { issue: 'Repairs' } as never }, m.rev, T0 + 2 * DAY);
  await putCommitment(db, Commitment.parse({ id: 'c1', personKey: a.key, meetingId: 'm1', direction: 'theirs', what: 'Invite three neighbours', dueAt: T0 + 9 * DAY, goal: 'Building team', createdAt: T0 + 2 * DAY, updatedAt: T0 + 2 * DAY }), T0 + 2 * DAY);
  await putCommitment(db, Commitment.parse({ id: 'c2', personKey: a.key, meetingId: 'm1', direction: 'mine', what: 'Send the flyer', dueAt: T0 + 3 * DAY, createdAt: T0 + 2 * DAY, updatedAt: T0 + 2 * DAY }), T0 + 2 * DAY);
  await finishMeeting(db, 'm1', T0 + 2 * DAY + 3_600_000);
  await createMeeting(db, { personKey: b.key, templateId: 'story-learn' }, 'm2', T0);
  await saveTemplate(db, { ...builtInTemplates[0]!, id: 'my-copy', name: 'My copy', builtIn: false });
  // As the worker does after every write: due reminders are marked notified.
  await afterChange();
}

const snapshot = async () => {
  const { exportedAt: _ignored, ...rest } = await exportBackup(await getDB(), 0);
  // Compare as stored data reads back: a field set to undefined and an absent one are the same.
  return JSON.parse(JSON.stringify(rest)) as Omit<Backup, 'exportedAt'>;
};

async function freshStore() {
  globalThis.indexedDB = new IDBFactory();
  resetDBCache();
  return getDB();
}

describe('backup and restore', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + 3 * DAY);
  });
  afterEach(() => vi.useRealTimers());

  it('round-trips: export, wipe, import gives identical data', async () => {
    await seed(await getDB());
    const before = await snapshot();
    expect(before.meetings).toHaveLength(2);
    expect(before.followups.length).toBeGreaterThan(3);
    const file = await dataHandlers.exportBackup({}, sender);
    expect(file.filename).toBe('1-1-companion-backup-2026-11-05.json');

    await freshStore();
    expect((await snapshot()).people).toEqual([]);
    const counts = await dataHandlers.importBackup({ text: file.text, mode: 'replace' }, sender);
    expect(counts.added).toBe(before.people.length + before.meetings.length + before.commitments.length + before.followups.length + before.templates.length);
    expect(await snapshot()).toEqual(before);
  });

  it('merging the same file twice adds nothing twice, and keeps the newer record', async () => {
    const db = await getDB();
    await seed(db);
    const file = await dataHandlers.exportBackup({}, sender);
    const before = await snapshot();
    const again = await dataHandlers.importBackup({ text: file.text, mode: 'merge' }, sender);
    expect(again.added).toBe(0);
    expect(await snapshot()).toEqual(before);

    // A note edited here after the backup survives a merge of the older file.
    const m2 = (await db.get('meetings', 'm2'))!;
    await saveMeeting(db, 'm2', { place: 'Newer place' }, m2.rev, T0 + 4 * DAY);
    await dataHandlers.importBackup({ text: file.text, mode: 'merge' }, sender);
    expect((await db.get('meetings', 'm2'))!.place).toBe('Newer place');

    // Into a store that holds someone else, a merge adds the file's people beside them.
    await freshStore();
    const other = await upsertFromRef(await getDB(), { crm: 'nationbuilder', account: 'hillcrest', crmId: '42', name: 'Jordan Lee', url: 'https://hillcrest.nationbuilder.com/admin/signups/42' }, T0);
    await dataHandlers.importBackup({ text: file.text, mode: 'merge' }, sender);
    const people = (await snapshot()).people.map((p) => p.name).sort();
    expect(people).toEqual(['Dev Patel', 'Jordan Lee', 'María José Núñez']);
    expect(other.name).toBe('Jordan Lee');
  });

  describe('refuses a bad file, names the problem and the place, and changes nothing', () => {
    const good = async (): Promise<Backup> => JSON.parse((await dataHandlers.exportBackup({}, sender)).text);
    const cases: [string, (b: Backup) => unknown, RegExp][] = [
      ['not JSON', () => '{"format": "1:1-companion-backup", ', /not valid JSON/],
      ['an array', () => [], /one JSON object/],
      ['another format', (b) => ({ ...b, format: 'something-else' }), /not a 1:1 Companion backup/],
      ['no version', (b) => ({ ...b, version: undefined }), /no version number/],
      ['a newer version', (b) => ({ ...b, version: 2 }), /version 2.*newer.*reads version 1/],
      ['a missing list', (b) => ({ ...b, people: undefined }), /at people: /],
      ['a field out of range', (b) => ({ ...b, meetings: b.meetings.map((m, i) => (i === 1 ? { ...m, plannedMinutes: 900 } : m)) }), /at meetings\[1\]\.plannedMinutes: Plan at most 4 hours/],
      ['an unknown status', (b) => ({ ...b, commitments: b.commitments.map((c) => ({ ...c, status: 'maybe' })) }), /at commitments\[0\]\.status/],
      ['a negative time', (b) => ({ ...b, followups: b.followups.map((f, i) => (i === 2 ? { ...f, dueAt: -5 } : f)) }), /at followups\[2\]\.dueAt: A time cannot be before 1970/],
      ['a duplicate meeting', (b) => ({ ...b, meetings: [...b.meetings, b.meetings[0]] }), /duplicate at meetings\[2\]\.id: "m1" is already used at meetings\[0\]/],
      ['a duplicate person', (b) => ({ ...b, people: [b.people[0], ...b.people, ] .concat(b.people[0]!) }), /duplicate at people\[1\]\.key/],
      ['a commitment of nobody', (b) => ({ ...b, commitments: b.commitments.map((c, i) => (i === 1 ? { ...c, personKey: 'ghost' } : c)) }), /at commitments\[1\]\.personKey: no person "ghost"/],
      ['a follow-up of a missing 1:1', (b) => ({ ...b, followups: b.followups.map((f, i) => (i === 0 ? { ...f, meetingId: 'gone' } : f)) }), /at followups\[0\]\.meetingId: no 1:1 "gone"/],
      ['a bad template', (b) => ({ ...b, templates: [{ ...b.templates[0], steps: [] }] }), /at templates\[0\]\.steps: A template needs at least one step/],
      ['a built-in template id', (b) => ({ ...b, templates: [{ ...b.templates[0], id: 'six-steps' }] }), /templates\[0\]\.id: "six-steps" is a built-in/],
      ['bad settings', (b) => ({ ...b, settings: { ...b.settings, quietHours: { enabled: true, start: '25:00', end: '08:00' } } }), /at settings\.quietHours\.start: Use a time like 21:30/],
      ['a default model that is not there', (b) => ({ ...b, settings: { ...b.settings, defaultTemplateId: 'gone' } }), /at settings\.defaultTemplateId: no agenda model "gone"/],
      ['a 1:1 still to hold whose model is not there', (b) => ({ ...b, meetings: b.meetings.map((m) => (m.id === 'm2' ? { ...m, templateId: 'gone' } : m)) }), /at meetings\[1\]\.templateId: no agenda model "gone"/],
      ['a date past what can be shown', (b) => ({ ...b, meetings: b.meetings.map((m, i) => (i === 0 ? { ...m, scheduledAt: 9e15 } : m)) }), /at meetings\[0\]\.scheduledAt: This date is too far in the future/],
      ['a follow-up due after the year 9999', (b) => ({ ...b, followups: b.followups.map((f, i) => (i === 1 ? { ...f, dueAt: Date.UTC(10000, 0, 1) } : f)) }), /at followups\[1\]\.dueAt: .*end of the year 9999/],
    ];
    it.each(cases)('%s', async (_name, spoil, message) => {
      await seed(await getDB());
      const before = await snapshot();
      const bad = spoil(await good());
      const text = typeof bad === 'string' ? bad : JSON.stringify(bad);
      for (const mode of ['replace', 'merge'] as const) {
        await expect(dataHandlers.importBackup({ text, mode }, sender)).rejects.toThrow(message);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('template files', () => {
    const template = { ...builtInTemplates[1]!, id: 'door-knock', name: 'Door knock 1:1', builtIn: false };
    it.each([
      ['not JSON', 'nope', /not valid JSON/],
      ['no steps', JSON.stringify({ ...template, steps: [] }), /at steps: A template needs at least one step/],
      ['a step without a goal', JSON.stringify([{ ...template, steps: [{ id: 'a', title: 'A', goal: '' }] }]), /at \[0\]\.steps\[0\]\.goal: Each step needs a goal/],
      ['repeated step ids', JSON.stringify({ ...template, steps: [template.steps[0], template.steps[0]] }), /at steps\[1\]\.id: Step id .* is used twice/],
      ['a built-in id', JSON.stringify({ ...template, id: 'six-steps' }), /at id: "six-steps" is the id of a built-in model/],
      ['an empty list', '[]', /holds no template/],
    ])('refuses %s and stores nothing', async (_name, text, message) => {
      await expect(dataHandlers.importTemplates({ text: text as string }, sender)).rejects.toThrow(message as RegExp);
      expect(await (await getDB()).getAll('templates')).toEqual([]);
    });

    it('imports a valid template file', async () => {
      const saved = await dataHandlers.importTemplates({ text: JSON.stringify(template) }, sender);
      expect('saved' in saved && saved.saved.map((t) => t.name)).toEqual(['Door knock 1:1']);
      expect((await (await getDB()).getAll('templates')).map((t) => t.id)).toEqual(['door-knock']);
    });
  });

  it('restores a held 1:1 whose model was deleted since: it is history, and nothing opens it', async () => {
    const db = await getDB();
    await seed(db);
    await saveMeeting(db, 'm2', { templateId: 'my-copy' }, (await db.get('meetings', 'm2'))!.rev, T0);
    await finishMeeting(db, 'm2', T0 + DAY);
    await afterChange();
    expect(await deleteTemplate(db, 'my-copy')).toEqual({ deleted: true });
    const before = await snapshot();
    const file = await dataHandlers.exportBackup({}, sender);
    await freshStore();
    await dataHandlers.importBackup({ text: file.text, mode: 'replace' }, sender);
    expect(await snapshot()).toEqual(before);
  });

  describe('a restore that fails midway changes nothing', () => {
    // Records the checks would refuse, handed straight to the writer: the code throws (or the
    // database refuses a record) after the stores were cleared and some records queued.
    const breakers: [string, (b: Backup) => Backup][] = [
      ['code throws on a record', (b) => ({ ...b, followups: [...b.followups, null as never] })],
      ['the database refuses a record', (b) => ({ ...b, commitments: [...b.commitments, { ...b.commitments[0]!, id: undefined as never }] })],
    ];
    for (const [name, spoil] of breakers) {
      for (const mode of ['replace', 'merge'] as const) {
        it(`${name} (${mode})`, async () => {
          const db = await getDB();
          await seed(db);
          const before = await snapshot();
          const file: Backup = JSON.parse((await dataHandlers.exportBackup({}, sender)).text);
          const people = file.people.map((p) => ({ ...p, notes: 'From the file', updatedAt: p.updatedAt + 1 }));
          await expect(restoreBackup(db, spoil({ ...file, people }), mode)).rejects.toThrow();
          expect(await snapshot()).toEqual(before);
        });
      }
    }
  });

  describe('progress', () => {
    it('counts records written so far, of how many, in order, ending at the total', async () => {
      const db = await getDB();
      await seed(db);
      const file: Backup = JSON.parse((await dataHandlers.exportBackup({}, sender)).text);
      const many = Array.from({ length: 2500 }, (_, i) => ({ ...file.followups[0]!, id: `bulk-${i}` }));
      const big = { ...file, followups: [...file.followups, ...many] };
      const total = big.people.length + big.meetings.length + big.commitments.length + big.followups.length + big.templates.length;
      const seen: RestoreProgress[] = [];
      await freshStore();
      await restoreBackup(await getDB(), big, 'replace', (p) => seen.push(p));
      expect(seen).toEqual([{ done: 0, total }, { done: 1000, total }, { done: 2000, total }, { done: total, total }]);
      expect(await (await getDB()).count('followups')).toBe(big.followups.length);
    });

    it('reaches the page that asked, through the extension session storage, and is cleared after', async () => {
      await seed(await getDB());
      const file = await dataHandlers.exportBackup({}, sender);
      const notes: RestoreProgressNote[] = [];
      const others: RestoreProgressNote[] = [];
      const stop = followRestoreProgress('mine', (note) => notes.push(note));
      const stopOther = followRestoreProgress('another-page', (note) => others.push(note));
      await freshStore();
      await dataHandlers.importBackup({ text: file.text, mode: 'replace', progress: 'mine' }, sender);
      stop();
      stopOther();
      const total = notes.at(-1)!.total;
      expect(total).toBeGreaterThan(5);
      expect(notes[0]).toEqual({ phase: 'checking', done: 0, total: 0 });
      expect(notes.at(-1)).toEqual({ phase: 'writing', done: total, total });
      expect(others).toEqual([]);
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
      // A refused file clears its progress too.
      await expect(dataHandlers.importBackup({ text: '{}', mode: 'merge', progress: 'mine' }, sender)).rejects.toThrow();
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    });

    it('writes at most one note per 150 ms within a phase, but always the first and the last', () => {
      let now = 0;
      const written: unknown[] = [];
      fakeBrowser.storage.session.onChanged.addListener((changes) => written.push(...Object.values(changes).map((c) => c.newValue)));
      const reporter = restoreProgressReporter('t', () => now);
      reporter.report({ phase: 'checking', done: 0, total: 0 });
      reporter.report({ phase: 'writing', done: 0, total: 5000 });
      now = 100;
      reporter.report({ phase: 'writing', done: 1000, total: 5000 });
      now = 200;
      reporter.report({ phase: 'writing', done: 2000, total: 5000 });
      reporter.report({ phase: 'writing', done: 5000, total: 5000 });
      return vi.waitFor(() =>
        expect(written).toEqual([
          { phase: 'checking', done: 0, total: 0 },
          { phase: 'writing', done: 0, total: 5000 },
          { phase: 'writing', done: 2000, total: 5000 },
          { phase: 'writing', done: 5000, total: 5000 },
        ]),
      );
    });
  });
});
