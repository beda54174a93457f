import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../lib/store/revisions';
import { openCompanionDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting, saveMeeting } from '../../../lib/store/meetings';

const nested = { nested: ['prep', 'steps', 'report'], lastWriteWins: ['currentStep'] } as const;
const record = () => ({ rev: 3, updatedAt: 0, fieldRevs: {} as Record<string, number>, place: '', prep: { questions: '', asks: [] as string[] }, steps: {} as Record<string, { notes: string }>, answer: 'no' as string | undefined, currentStep: 0 });

describe('edits merge path by path (issue 20, item 2)', () => {
  it('two tabs editing different steps, prep fields or report fields from the same revision both keep their work', async () => {
    const db = await openCompanionDB();
    const person = await upsertFromRef(db, { crm: 'nationbuilder', account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9' }, 1);
    const m = await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'm1', 1);
    const tabA = await saveMeeting(db, m.id, { steps: { introduction: { notes: 'A' } }, prep: { questions: 'A?' }, report: { issue: 'Repairs' } }, m.rev, 2);
    const tabB = await saveMeeting(db, m.id, { steps: { issues: { notes: 'B' } }, prep: { myStory: 'B story' }, report: { notes: 'B notes' } }, m.rev, 3);
    expect(tabA.conflicts).toEqual([]);
    expect(tabB.conflicts).toEqual([]);
    expect(await db.get('meetings', 'm1')).toMatchObject({
      steps: { introduction: { notes: 'A' }, issues: { notes: 'B' } },
      prep: { questions: 'A?', myStory: 'B story' },
      report: { issue: 'Repairs', notes: 'B notes' },
    });
  });

  it('the same step from an older revision is refused and named, the rest of the edit lands', () => {
    const first = applyPatch(record(), { steps: { issues: { notes: 'B' } } }, 3, 10, nested);
    const second = applyPatch(first.record, { steps: { issues: { notes: 'A' } }, place: 'Library' }, 3, 11, nested);
    expect(second.conflicts).toEqual(['steps.issues']);
    expect(second.record).toMatchObject({ place: 'Library', steps: { issues: { notes: 'B' } } });
    // "Keep mine" forces it.
    expect(applyPatch(second.record, { steps: { issues: { notes: 'A' } } }, 3, 12, { ...nested, force: true }).record.steps.issues?.notes).toBe('A');
  });

  it('a whole-field revision from before paths existed still protects each of its keys', () => {
    const old = { ...record(), fieldRevs: { prep: 5 } };
    expect(applyPatch(old, { prep: { questions: 'mine' } }, 4, 1, nested).conflicts).toEqual(['prep.questions']);
    expect(applyPatch(old, { prep: { questions: 'mine' } }, 5, 1, nested).conflicts).toEqual([]);
  });

  it('which step is shown follows the last tab to move, and null clears an answer', () => {
    const moved = applyPatch(record(), { currentStep: 4 }, 3, 1, nested);
    const back = applyPatch(moved.record, { currentStep: 2, answer: null }, 3, 2, nested);
    expect(back.conflicts).toEqual([]);
    expect(back.record.currentStep).toBe(2);
    expect('answer' in back.record).toBe(false);
  });
});
