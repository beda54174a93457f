import { TZDate } from '@date-fns/tz';
import { addDays, addHours, subHours } from 'date-fns';
import type { Commitment, FollowUp, FollowUpKind, Meeting, Settings } from '../model';
import { LIMITS, clip } from '../limits';
import { confirmations } from './confirmations';
import { intoWorkingHours, quietSpan } from './quiet-hours';
import { resolveTimeZone } from './zone';

export { resolveTimeZone };

const MINUTE = 60_000;
/** domain.md: write up the notes within about 15 minutes of the end. */
export const WRITE_UP_AFTER_MS = 15 * MINUTE;

/** A follow-up the rules say should exist. Ids are derived, so the same rule always names the same record. */
export interface DesiredFollowUp {
  id: string;
  kind: FollowUpKind;
  dueAt: number;
  meetingId?: string;
  commitmentId?: string;
  title: string;
}

/** What the rules read from the settings. */
export type ReminderSettings = Pick<Settings, 'offsets' | 'timeZone' | 'quietHours'>;

/**
 * The words of each follow-up's title, in the organizer's language (lib/reminder-words.ts
 * reads them from the locale files). Passed in, so the rules stay free of browser APIs.
 */
export interface ReminderWords {
  confirmBefore(days: number): string;
  confirmDay(): string;
  thankYou(): string;
  writeUp(): string;
  checkIn(): string;
  debrief(staffName: string): string;
  referral(name: string): string;
  /** Before a commitment falls due: the organizer's own promise or theirs. */
  reminder(direction: Commitment['direction'], what: string): string;
  /** After it: "Did you do it?" for the organizer's own promise, "Was it kept?" for theirs. */
  check(direction: Commitment['direction'], what: string): string;
}

/** Titles that carry typed text are cut to what a follow-up's title may hold. */
const title = (text: string) => clip(text, LIMITS.short);

/**
 * Nothing was written in the report by the organizer. The panel pre-fills the notes (from the
 * step notes), the best way to reach them, access needs and the ladder step from what it knows,
 * so those do not count: only what a write-up adds (the issue, their story, skills, what they
 * would enjoy, referrals, a staff follow-up).
 */
export function reportIsEmpty(report: Meeting['report']): boolean {
  const written = [report.issue, report.story, report.skills, report.enjoys, report.staffName].some((v) => v.trim());
  return !written && report.referrals.length === 0 && report.staffDate === undefined;
}

/**
 * Due soon after a 1:1 (thank-you, write-up): out of quiet hours, and the same evening when
 * the 1:1 ended before they began (just before they begin), rather than the next morning.
 */
function soonAfter(end: number, due: number, settings: ReminderSettings, tz: string): number {
  const span = quietSpan(due, settings.quietHours, tz);
  if (!span) return due;
  return end < span.start ? Math.max(end, span.start - MINUTE) : span.end;
}

/**
 * Which follow-ups a person's meetings and commitments call for, and when each is due
 * (domain.md: confirm two days before and on the day, thank within the day, write up the
 * notes, remind before each commitment, check whether it was kept, a later check-in with no
 * ask). Every due time lands in working hours. Pure: data in, data out.
 */
export function desiredFollowUps(
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
  settings: ReminderSettings,
  words: ReminderWords,
): DesiredFollowUp[] {
  const tz = resolveTimeZone(settings);
  const work = (ms: number) => intoWorkingHours(ms, settings.quietHours, tz);
  const o = settings.offsets;
  const out: DesiredFollowUp[] = [];

  for (const m of meetings) {
    out.push(...confirmations(m, m.scheduleSetAt ?? m.createdAt, settings, words));
    if (m.status === 'held' && m.endedAt !== undefined) {
      const end = m.endedAt;
      const local = new TZDate(end, tz);
      out.push({ id: `${m.id}:thank-you`, kind: 'thank-you', dueAt: soonAfter(end, addHours(local, o.thankYouHours).getTime(), settings, tz), meetingId: m.id, title: words.thankYou() });
      if (reportIsEmpty(m.report)) {
        out.push({ id: `${m.id}:write-up`, kind: 'write-up', dueAt: soonAfter(end, end + WRITE_UP_AFTER_MS, settings, tz), meetingId: m.id, title: words.writeUp() });
      }
      out.push({ id: `${m.id}:check-in`, kind: 'check-in', dueAt: work(addDays(local, o.checkInDays).getTime()), meetingId: m.id, title: words.checkIn() });
      if (m.report.staffName && m.report.staffDate !== undefined) {
        out.push({ id: `${m.id}:debrief`, kind: 'debrief', dueAt: work(m.report.staffDate), meetingId: m.id, title: title(words.debrief(m.report.staffName)) });
      }
      m.report.referrals.forEach((referral, index) => {
        out.push({
          id: `${m.id}:referral:${index}`,
          kind: 'referral',
          dueAt: work(addDays(local, 2).getTime()),
          meetingId: m.id,
          title: title(words.referral(referral.name)),
        });
      });
    }
  }

  for (const c of commitments) {
    if (c.status !== 'open') continue;
    const due = new TZDate(c.dueAt, tz);
    const early = subHours(due, o.reminderHoursBefore).getTime();
    const span = quietSpan(early, settings.quietHours, tz);
    // Out of quiet hours; if their end is too late to remind before it, the evening before.
    const reminder = !span ? early : span.end < c.dueAt ? span.end : span.start - MINUTE;
    // A reminder that would already be past when the commitment was made is noise; skip it.
    if (reminder >= c.createdAt && reminder < c.dueAt) {
      out.push({ id: `${c.id}:reminder`, kind: 'commitment-reminder', dueAt: reminder, commitmentId: c.id, meetingId: c.meetingId, title: title(words.reminder(c.direction, c.what)) });
    }
    out.push({
      id: `${c.id}:check`,
      kind: 'commitment-check',
      dueAt: work(addHours(due, o.checkHoursAfter).getTime()),
      commitmentId: c.id,
      meetingId: c.meetingId,
      title: title(words.check(c.direction, c.what)),
    });
  }
  return out;
}

/** Kinds that only help before a moment (the 1:1, the commitment): once it has passed, none is made. */
const USELESS_LATE: ReadonlySet<FollowUpKind> = new Set(['confirm', 'commitment-reminder']);

export interface FollowUpChanges {
  put: FollowUp[];
  remove: string[];
}

/**
 * Reconciles stored follow-ups with the desired ones. Done follow-ups are history and are never
 * reopened or removed; custom ones belong to the organizer. Moved due times reopen a snoozed one.
 * A confirmation or commitment reminder not made yet is not made once its time has passed (say
 * a cancelled 1:1 is restored): it would be born overdue.
 */
export function reconcileFollowUps(
  personKey: string,
  existing: readonly FollowUp[],
  desired: readonly DesiredFollowUp[],
  now: number,
): FollowUpChanges {
  const byId = new Map(existing.map((f) => [f.id, f]));
  const wanted = new Set<string>();
  const put: FollowUp[] = [];
  for (const d of desired) {
    const current = byId.get(d.id);
    if (!current && USELESS_LATE.has(d.kind) && d.dueAt < now) continue;
    wanted.add(d.id);
    if (current?.status === 'done') continue;
    if (current && current.dueAt === d.dueAt && current.title === d.title) continue;
    const base: FollowUp = current ?? {
      id: d.id,
      personKey,
      kind: d.kind,
      title: d.title,
      dueAt: d.dueAt,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    };
    const moved = current !== undefined && current.dueAt !== d.dueAt;
    put.push(
      withActiveAt({
        ...base,
        meetingId: d.meetingId,
        commitmentId: d.commitmentId,
        title: d.title,
        dueAt: d.dueAt,
        ...(moved ? { status: 'open' as const, snoozedUntil: undefined, notifiedAt: undefined } : {}),
        updatedAt: now,
      }),
    );
  }
  const remove = existing
    .filter((f) => f.kind !== 'custom' && f.status !== 'done' && !wanted.has(f.id))
    .map((f) => f.id);
  return { put, remove };
}

/** Keeps the indexed `activeAt` in step with the status (see lib/model.ts). */
export function withActiveAt(f: FollowUp): FollowUp {
  const activeAt = f.status === 'open' ? f.dueAt : f.status === 'snoozed' ? (f.snoozedUntil ?? f.dueAt) : undefined;
  const next = { ...f, activeAt };
  if (activeAt === undefined) delete next.activeAt;
  return next;
}
