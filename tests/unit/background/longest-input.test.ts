import { panelSender, senderFor, showInTab } from './panel-tab';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { checkRequest } from '../../../lib/background/router';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { meetingHandlers } from '../../../lib/background/handlers/meetings';
import { personHandlers } from '../../../lib/background/handlers/person';
import { settingsHandlers } from '../../../lib/background/handlers/settings';
import { getDB, resetDBCache } from '../../../lib/store/db';
import { exportBackup } from '../../../lib/store/backup';
import { LIMITS, TIME_LIMITS } from '../../../lib/limits';
import { FollowUp } from '../../../lib/model';
import type { MessageType, Request } from '../../../lib/protocol';

// "What the product writes, it can read back": the longest text every field allows, typed
// through the same messages the panel and the options page send, must come back from a backup.
const self = { id: 'ext' };
const ask = <K extends MessageType>(type: K, data: Request<K>) => checkRequest(type, data, senderFor(type), 'ext');
const text = (length: number, fill = 'x') => fill.repeat(length).slice(0, length);
/** A long text that ends differently from its neighbours, so nothing can be mixed up unseen. */
const long = (label: string, length: number) => `${label}:${text(length - label.length - 1)}`;

/** A valid address of exactly LIMITS.email characters: 64 before the @, 255 after. */
const longestEmail = () => `${text(64, 'l')}@${`${text(62, 'd')}.`.repeat(4)}org`;

async function snapshot() {
  const { exportedAt: _ignored, ...rest } = await exportBackup(await getDB(), 0);
  return JSON.parse(JSON.stringify(rest));
}

async function restoreIntoEmptyStore(file: string) {
  globalThis.indexedDB = new IDBFactory();
  resetDBCache();
  expect((await snapshot()).people).toEqual([]);
  return dataHandlers.importBackup(ask('importBackup', { text: file, mode: 'replace' }), {});
}

describe('a backup of the longest allowed input restores', () => {
  it('every field at its limit: person, settings, a custom model, a 1:1, commitments and the follow-ups they imply', async () => {
    expect(longestEmail()).toHaveLength(LIMITS.email);
    // The account is lower-cased into the key; "İ" doubles when it is.
    const ref = {
      crm: 'actionnetwork' as const,
      account: text(LIMITS.account, 'İ'),
      name: long('name', LIMITS.name),
      email: longestEmail(),
      phone: text(LIMITS.phone, '5'),
      url: `https://actionnetwork.org/user_search/group/tenants/activist?email=${encodeURIComponent(longestEmail())}`,
    };
    const { person } = await showInTab(ref).then(() => personHandlers.getPersonView(ask('getPersonView', {}), panelSender));
    const { person: edited } = await personHandlers.updatePerson(
      ask('updatePerson', {
        key: person.key,
        baseRev: person.rev,
        patch: {
          bestWay: long('bestWay', LIMITS.short),
          accessNeeds: long('accessNeeds', LIMITS.short),
          relationship: long('relationship', LIMITS.short),
          ladder: 'organizes',
          notes: long('notes', LIMITS.long),
        },
      }),
      {},
    );
    expect(edited.notes).toHaveLength(LIMITS.long);

    const steps = Array.from({ length: 20 }, (_, i) => ({
      id: `${text(LIMITS.stepId - 3, 's')}${String(i).padStart(3, '0')}`,
      title: long(`title${i}`, LIMITS.stepTitle),
      goal: long(`goal${i}`, LIMITS.short),
      prompts: Array.from({ length: 12 }, (_, p) => long(`prompt${i}.${p}`, LIMITS.prompt)),
      green: long(`green${i}`, LIMITS.prompt),
      yellow: long(`yellow${i}`, LIMITS.prompt),
    }));
    const template = await settingsHandlers.saveTemplate(
      ask('saveTemplate', {
        template: {
          id: text(LIMITS.id, 't'),
          name: long('model', LIMITS.templateName),
          source: long('source', LIMITS.templateSource),
          worksheet: Array.from({ length: 10 }, (_, i) => long(`heading${i}`, LIMITS.stepTitle)),
          steps,
        },
      }),
      {},
    );
    await settingsHandlers.saveSettings(
      ask('saveSettings', { patch: { organizerName: long('organizer', LIMITS.short), defaultTemplateId: template.id, timeZone: 'America/Argentina/ComodRivadavia' } }),
      {},
    );

    // The latest date the organizer may pick, everywhere a date is picked.
    const latest = TIME_LIMITS.latestChosen;
    const planned = await meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key, scheduledAt: latest, plannedMinutes: 240, place: long('place', LIMITS.short) }), {});
    expect(planned.templateId).toBe(template.id);
    const { meeting } = await meetingHandlers.saveMeeting(
      ask('saveMeeting', {
        id: planned.id,
        baseRev: planned.rev,
        patch: {
          prep: {
            relationship: long('prep.relationship', LIMITS.short),
            knownAbout: long('knownAbout', LIMITS.long),
            myStory: long('myStory', LIMITS.long),
            questions: long('questions', LIMITS.long),
            asks: [1, 2, 3].map((n) => long(`ask${n}`, LIMITS.short)),
            logistics: long('logistics', LIMITS.short),
          },
          steps: Object.fromEntries(steps.map((s) => [s.id, { notes: long(`notes.${s.id}`, LIMITS.long), signal: 'yellow' as const }])),
          currentStep: steps.length - 1,
          ask: long('ask', LIMITS.short),
          answer: 'ambivalent',
          learned: long('learned', LIMITS.long),
          report: {
            issue: long('issue', LIMITS.short),
            story: long('story', LIMITS.long),
            skills: long('skills', LIMITS.long),
            enjoys: long('enjoys', LIMITS.short),
            bestWay: long('report.bestWay', LIMITS.short),
            accessNeeds: long('report.accessNeeds', LIMITS.short),
            referrals: Array.from({ length: 50 }, (_, i) => ({ name: long(`referral${i}`, LIMITS.name), contact: long(`contact${i}`, LIMITS.short) })),
            ladder: 'leads',
            staffName: long('staff', LIMITS.short),
            staffDate: latest,
            notes: long('report.notes', LIMITS.long),
          },
          private: true,
        },
      }),
      {},
    );
    expect(meeting.report.referrals).toHaveLength(50);
    await meetingHandlers.startMeeting(ask('startMeeting', { id: meeting.id }), {});
    for (const direction of ['theirs', 'mine'] as const) {
      const saved = await meetingHandlers.saveCommitment(
        ask('saveCommitment', {
          commitment: { id: text(LIMITS.id, direction[0]), personKey: person.key, meetingId: meeting.id, direction, what: long(`what.${direction}`, LIMITS.short), goal: long(`goal.${direction}`, LIMITS.short), dueAt: latest },
        }),
        {},
      );
      expect(saved.ok).toBe(true);
    }
    const { followUps } = await meetingHandlers.finishMeeting(ask('finishMeeting', { id: meeting.id }), {});
    // Titles built from typed text are cut to the limit when made, never stored too long.
    expect(followUps.map((f) => f.kind)).toEqual(expect.arrayContaining(['debrief', 'referral', 'commitment-reminder', 'commitment-check', 'thank-you', 'check-in']));
    for (const f of followUps) expect(FollowUp.safeParse(f).error).toBeUndefined();

    const before = await snapshot();
    const file = await dataHandlers.exportBackup({}, {});
    const counts = await restoreIntoEmptyStore(file.text);
    expect(counts.added).toBe(1 + 1 + 2 + before.followups.length + 1);
    expect(await snapshot()).toEqual(before);
  });

  it('a 500-character commitment and staff name (the titles built from them) come back', async () => {
    const ref = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '77', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/77' };
    const { person } = await showInTab(ref).then(() => personHandlers.getPersonView(ask('getPersonView', {}), panelSender));
    const meeting = await meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key }), {});
    await meetingHandlers.saveMeeting(ask('saveMeeting', { id: meeting.id, baseRev: meeting.rev, patch: { report: { staffName: long('Jo', LIMITS.short), staffDate: Date.now() + 86_400_000 } } }), {});
    await meetingHandlers.saveCommitment(
      ask('saveCommitment', { commitment: { personKey: person.key, meetingId: meeting.id, direction: 'theirs', what: long('Bring', LIMITS.short), goal: 'Grow the team', dueAt: Date.now() + 7 * 86_400_000 } }),
      {},
    );
    const { followUps } = await meetingHandlers.finishMeeting(ask('finishMeeting', { id: meeting.id }), {});
    const check = followUps.find((f) => f.kind === 'commitment-check')!;
    expect(check.title).toHaveLength(LIMITS.short);
    expect(check.title.startsWith('Was it kept? Bring:xxx')).toBe(true);
    expect(check.title.endsWith('…')).toBe(true);

    const before = await snapshot();
    await restoreIntoEmptyStore((await dataHandlers.exportBackup({}, {})).text);
    expect(await snapshot()).toEqual(before);
  });
});
