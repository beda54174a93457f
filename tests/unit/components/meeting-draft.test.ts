import { describe, expect, it } from 'vitest';
import { changedPaths, rebase, toPatch, tooLong } from '../../../components/panel/meeting-draft';
import { Meeting } from '../../../lib/model';

const base = Meeting.parse({ id: 'm1', personKey: 'p', templateId: 'six-steps', status: 'in-progress', createdAt: 1, updatedAt: 1, rev: 4 });
const edit = (m: Meeting, patch: Partial<Meeting>): Meeting => ({ ...m, ...patch });

describe('the panel’s draft of a 1:1, path by path', () => {
  it('merges fresh data: theirs where only they changed, mine where only I did, both kept as a conflict where we both did', () => {
    const mine = edit(base, { place: 'Library', steps: { issues: { notes: 'A: mould' } }, prep: { ...base.prep, questions: 'A?' } });
    const fresh = edit(base, {
      rev: 6,
      place: 'Library',
      steps: { issues: { notes: 'B: rent' }, introduction: { notes: 'B: relaxed' } },
      report: { ...base.report, issue: 'Rent' },
    });
    const merged = rebase(base, mine, fresh);
    expect(merged.conflicts).toEqual(['steps.issues']);
    expect(merged.draft).toMatchObject({
      rev: 6,
      place: 'Library',
      prep: { questions: 'A?' },
      report: { issue: 'Rent' },
      steps: { issues: { notes: 'A: mould' }, introduction: { notes: 'B: relaxed' } },
    });
    // Only my own edits are left to send; the conflict is not among what a save would send blindly.
    expect(changedPaths(fresh, merged.draft).sort()).toEqual(['prep.questions', 'steps.issues']);
  });

  it('sends nested edits key by key and clears emptied optional fields with null', () => {
    const next = edit(base, { answer: undefined, prep: { ...base.prep, asks: ['Host'] }, steps: { issues: { notes: 'x' } } });
    const prev = edit(base, { answer: 'no' });
    const paths = changedPaths(prev, next);
    expect(toPatch(next, paths)).toEqual({ answer: null, prep: { asks: ['Host'] }, steps: { issues: { notes: 'x' } } });
  });

  it('names the paths over their limit', () => {
    expect(tooLong(edit(base, { report: { ...base.report, accessNeeds: 'a'.repeat(540) } }))).toEqual([{ path: 'report.accessNeeds', over: 40 }]);
    expect(tooLong(edit(base, { report: { ...base.report, referrals: [{ name: 'n'.repeat(210), contact: '' }] } }))).toEqual([{ path: 'report.referrals', over: 10 }]);
    expect(tooLong(base)).toEqual([]);
  });
});
