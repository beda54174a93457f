import { reminderWords } from '../../lib/reminder-words';
import { describe, expect, it } from 'vitest';
import { clip, LIMITS, TIME_LIMITS } from '../../lib/limits';
import { Commitment, FollowUp, Meeting, Person, PersonRefSchema } from '../../lib/model';
import { personKey } from '../../lib/crm/types';
import { desiredFollowUps } from '../../lib/rules/followups';
import { defaultSettings } from '../../lib/model';
import { icsTime } from '../../lib/export/ics';
import { requestSchemas } from '../../lib/protocol';
import { CommitmentInput } from '../../lib/rules/commitments';
import { prefillReport } from '../../components/panel/ReportStage';
import { builtInTemplates } from '../../lib/templates/builtin';

describe('clip', () => {
  it('cuts to the limit as the schemas count (UTF-16 units), ending with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    const emoji = '😀'.repeat(300); // 600 units
    const cut = clip(emoji, LIMITS.short);
    expect(cut.length).toBeLessThanOrEqual(LIMITS.short);
    // Never half an emoji: every character before the ellipsis is whole.
    expect(Array.from(cut.slice(0, -1)).every((c) => c === '😀')).toBe(true);
  });
});

describe('limits agree everywhere', () => {
  it('the longest person a CRM page can show has a key the model and every message accept', () => {
    const ref = PersonRefSchema.parse({
      crm: 'actionnetwork',
      account: 'İ'.repeat(LIMITS.account),
      email: `${'l'.repeat(64)}@${`${'d'.repeat(62)}.`.repeat(4)}org`,
      name: 'n'.repeat(LIMITS.name),
      url: 'https://actionnetwork.org/user_search/group/x/activist',
    });
    const key = personKey(ref);
    expect(key.length).toBeGreaterThan(LIMITS.id);
    expect(key.length).toBeLessThanOrEqual(LIMITS.personKey);
    const now = Date.now();
    expect(Person.safeParse({ key, ...ref, createdAt: now, updatedAt: now }).success).toBe(true);
    expect(Meeting.safeParse({ id: 'm', personKey: key, templateId: 'six-steps', status: 'planned', createdAt: now, updatedAt: now }).success).toBe(true);
    expect(requestSchemas.updatePerson.safeParse({ key, baseRev: 0, patch: {} }).success).toBe(true);
    expect(requestSchemas.createMeeting.safeParse({ personKey: key }).success).toBe(true);
    expect(CommitmentInput.safeParse({ personKey: key, direction: 'mine', what: 'w', dueAt: now }).success).toBe(true);
  });

  it('follow-ups derived from the longest ids and texts fit the follow-up schema', () => {
    const now = Date.UTC(2026, 0, 1);
    const id = 'i'.repeat(LIMITS.id);
    const meeting = Meeting.parse({
      id, personKey: 'p', templateId: 'six-steps', status: 'held', endedAt: now, createdAt: now, updatedAt: now,
      report: { staffName: 's'.repeat(LIMITS.short), staffDate: now, referrals: Array.from({ length: 50 }, () => ({ name: 'r'.repeat(LIMITS.name) })) },
    });
    const planned = Meeting.parse({ id: 'j'.repeat(LIMITS.id), personKey: 'p', templateId: 'six-steps', status: 'planned', scheduledAt: now + 9 * 86_400_000, createdAt: now, updatedAt: now });
    const commitment = Commitment.parse({ id: 'c'.repeat(LIMITS.id), personKey: 'p', direction: 'mine', what: 'w'.repeat(LIMITS.short), dueAt: now + 5 * 86_400_000, createdAt: now, updatedAt: now });
    const desired = desiredFollowUps([meeting, planned], [commitment], { ...defaultSettings(), timeZone: 'UTC' }, reminderWords);
    expect(desired.length).toBeGreaterThan(55);
    for (const d of desired) {
      const parsed = FollowUp.safeParse({ ...d, personKey: 'p', createdAt: now, updatedAt: now });
      expect(parsed.error, d.id).toBeUndefined();
      // Done and Snooze name the follow-up by its id.
      expect(requestSchemas.completeFollowUp.safeParse({ id: d.id }).success, d.id).toBe(true);
    }
  });

  it('follow-ups derived from the latest date the organizer may pick are still valid times, with four-digit years', () => {
    const at = TIME_LIMITS.latestChosen;
    const settings = { ...defaultSettings(), timeZone: 'Pacific/Kiritimati' };
    settings.offsets = { ...settings.offsets, checkInDays: 365, checkHoursAfter: 24 * 14, thankYouHours: 72 };
    const meeting = Meeting.parse({ id: 'm', personKey: 'p', templateId: 'six-steps', status: 'held', endedAt: at, createdAt: at, updatedAt: at, report: { staffName: 'Jo', staffDate: at } });
    const commitment = Commitment.parse({ id: 'c', personKey: 'p', direction: 'theirs', what: 'w', goal: 'g', dueAt: at, createdAt: 0, updatedAt: 0 });
    for (const d of desiredFollowUps([meeting], [commitment], settings, reminderWords)) {
      expect(FollowUp.shape.dueAt.safeParse(d.dueAt).success, d.id).toBe(true);
      expect(icsTime(d.dueAt)).toMatch(/^\d{8}T\d{6}Z$/);
    }
    // A picked date past the limit is refused where it is typed, naming the latest year.
    expect(Commitment.shape.dueAt.safeParse(at + 1).error?.issues[0]?.message).toMatch(/end of the year 9997/);
    expect(FollowUp.shape.dueAt.safeParse(TIME_LIMITS.latest + 1).error?.issues[0]?.message).toMatch(/end of the year 9999/);
  });

  it('a report pre-filled from the longest notes of every step still fits the report', () => {
    const six = builtInTemplates.find((t) => t.id === 'six-steps')!;
    const now = Date.now();
    const meeting = Meeting.parse({
      id: 'm', personKey: 'p', templateId: six.id, status: 'in-progress', createdAt: now, updatedAt: now,
      steps: Object.fromEntries(six.steps.map((s) => [s.id, { notes: 'n'.repeat(LIMITS.long) }])),
    });
    const person = Person.parse({ key: 'p', crm: 'nationbuilder', account: 'a', crmId: '1', name: 'Ana', url: 'https://a.nationbuilder.com/admin/signups/1', createdAt: now, updatedAt: now });
    const report = prefillReport(meeting, person, six);
    expect(report.notes.length).toBe(LIMITS.long);
    expect(Meeting.safeParse({ ...meeting, report }).success).toBe(true);
  });
});
