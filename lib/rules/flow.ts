import type { Meeting, Speaker, Template } from '../model';

/**
 * Rules of the 1:1 flow, pure: where in an agenda model the ask and the commitments are made,
 * how the talk tally runs, and when a 1:1 that was never started counts as held.
 */

/** The step where the ask is made: the model's own ask step, else its commitment step, else the last. */
export function askStepIndex(template: Pick<Template, 'steps'>): number {
  const ask = template.steps.findIndex((s) => s.id === 'ask');
  if (ask >= 0) return ask;
  const commit = template.steps.findIndex((s) => s.id === 'commit');
  return commit >= 0 ? commit : template.steps.length - 1;
}

/** The step where commitments are summed up: a "next steps" step right after the ask, else the ask step. */
export function commitmentStepIndex(template: Pick<Template, 'steps'>): number {
  const ask = askStepIndex(template);
  const after = template.steps[ask + 1];
  return after && /^next/.test(after.id) ? ask + 1 : ask;
}

export type TallyFields = Pick<Meeting, 'listeningMs' | 'talkingMs' | 'speaker' | 'speakerSince'>;

/**
 * Someone else starts talking (or nobody, with `who` undefined): the running speaker's time is
 * banked up to `now`. The start time is part of the record, so time accrues wherever it is read.
 */
export function switchSpeaker(m: TallyFields, who: Speaker | undefined, now: number): TallyFields {
  const running = m.speaker && m.speakerSince !== undefined ? Math.max(0, now - m.speakerSince) : 0;
  return {
    listeningMs: m.listeningMs + (m.speaker === 'them' ? running : 0),
    talkingMs: m.talkingMs + (m.speaker === 'me' ? running : 0),
    speaker: who,
    speakerSince: who ? now : undefined,
  };
}

/** Listening and talking so far, the running speaker included; `share` is the listening percent. */
export function talkTotals(m: TallyFields, now: number): { listeningMs: number; talkingMs: number; share?: number } {
  const { listeningMs, talkingMs } = switchSpeaker(m, m.speaker, now);
  const total = listeningMs + talkingMs;
  return { listeningMs, talkingMs, share: total > 0 ? Math.round((listeningMs / total) * 100) : undefined };
}

/**
 * When a 1:1 finished now was held. Started: from its start until now. Never started but
 * scheduled in the past: at its scheduled time, for its planned length. Otherwise: now.
 */
export function heldTimes(m: Pick<Meeting, 'startedAt' | 'endedAt' | 'scheduledAt' | 'plannedMinutes'>, now: number): { startedAt: number; endedAt: number } {
  if (m.startedAt !== undefined) return { startedAt: m.startedAt, endedAt: m.endedAt ?? Math.max(now, m.startedAt) };
  if (m.scheduledAt !== undefined && m.scheduledAt <= now) {
    return { startedAt: m.scheduledAt, endedAt: Math.min(now, m.scheduledAt + m.plannedMinutes * 60_000) };
  }
  return { startedAt: now, endedAt: now };
}

/** The prepared asks, best first, without blanks. */
export function candidateAsks(asks: readonly string[]): string[] {
  return asks.map((a) => a.trim()).filter(Boolean);
}

/** After a no: the next prepared ask below the one just made (or the best one, if it was none of them). */
export function nextCandidate(asks: readonly string[], current: string): string | undefined {
  const list = candidateAsks(asks);
  const at = list.indexOf(current.trim());
  return list.slice(at + 1).find((a) => a !== current.trim());
}

/** What a specific ask still lacks, as for a commitment: what, by when, and what it is for. */
export function askMissing(m: Pick<Meeting, 'ask' | 'askDueAt' | 'askGoal'>): ('what' | 'when' | 'goal')[] {
  const missing: ('what' | 'when' | 'goal')[] = [];
  if (!m.ask.trim()) missing.push('what');
  if (m.askDueAt === undefined) missing.push('when');
  if (!(m.askGoal ?? '').trim()) missing.push('goal');
  return missing;
}
