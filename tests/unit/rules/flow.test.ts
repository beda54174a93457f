import { describe, expect, it } from 'vitest';
import { askMissing, askStepIndex, commitmentStepIndex, heldTimes, nextCandidate, switchSpeaker, talkTotals } from '../../../lib/rules/flow';
import { builtInTemplates } from '../../../lib/templates/builtin';

const byId = (id: string) => builtInTemplates.find((t) => t.id === id)!;

describe('where the ask and the commitments are made', () => {
  it('is the model’s own ask step, with the commitments summed up in a following "next steps"', () => {
    expect([askStepIndex(byId('six-steps')), commitmentStepIndex(byId('six-steps'))]).toEqual([4, 5]);
    expect([askStepIndex(byId('three-parts')), commitmentStepIndex(byId('three-parts'))]).toEqual([2, 2]);
    expect([askStepIndex(byId('relationship-first')), commitmentStepIndex(byId('relationship-first'))]).toEqual([5, 5]);
    expect(askStepIndex(byId('purpose-connection'))).toBe(4);
    expect(askStepIndex({ steps: [{ id: 'a' }, { id: 'b' }] as never })).toBe(1);
  });
});

describe('the talk tally', () => {
  const start = { listeningMs: 0, talkingMs: 0 };
  it('runs on from the stored start time and banks it when someone else talks', () => {
    const them = switchSpeaker(start, 'them', 1_000);
    expect(talkTotals(them, 4_000)).toEqual({ listeningMs: 3_000, talkingMs: 0, share: 100 });
    const me = switchSpeaker(them, 'me', 4_000);
    expect(me).toMatchObject({ listeningMs: 3_000, talkingMs: 0, speaker: 'me', speakerSince: 4_000 });
    expect(talkTotals(me, 5_000).share).toBe(75);
    expect(switchSpeaker(me, undefined, 5_000)).toEqual({ listeningMs: 3_000, talkingMs: 1_000, speaker: undefined, speakerSince: undefined });
    expect(talkTotals(start, 9_000).share).toBeUndefined();
  });
});

describe('a 1:1 recorded as held', () => {
  it('runs from its start, or, never started, from its scheduled time for its planned length', () => {
    expect(heldTimes({ startedAt: 100, plannedMinutes: 45 }, 500)).toEqual({ startedAt: 100, endedAt: 500 });
    expect(heldTimes({ scheduledAt: 0, plannedMinutes: 30 }, 10 * 3_600_000)).toEqual({ startedAt: 0, endedAt: 30 * 60_000 });
    expect(heldTimes({ scheduledAt: 900, plannedMinutes: 30 }, 500)).toEqual({ startedAt: 500, endedAt: 500 });
  });
});

describe('the ask', () => {
  it('offers the next prepared ask after a no, and names what a vague one lacks', () => {
    expect(nextCandidate(['Host', 'Huddle', ''], 'Host')).toBe('Huddle');
    expect(nextCandidate(['Host', 'Huddle'], 'Huddle')).toBeUndefined();
    expect(nextCandidate(['Host', 'Huddle'], 'Something else')).toBe('Host');
    expect(askMissing({ ask: 'Host', askDueAt: undefined, askGoal: '' })).toEqual(['when', 'goal']);
    expect(askMissing({ ask: 'Host', askDueAt: 5, askGoal: '8 people' })).toEqual([]);
  });
});
