import { TZDate } from '@date-fns/tz';
import { addDays, addHours, setHours, startOfDay, subDays, subHours } from 'date-fns';
import type { Commitment, FollowUp, FollowUpKind, Meeting, Settings } from '../model';

/** A follow-up the rules say should exist. Ids are derived, so the same rule always names the same record. */
export interface DesiredFollowUp {
  id: string;
  kind: FollowUpKind;
  dueAt: number;
  meetingId?: string;
  commitmentId?: string;
  title: string;
}

export function resolveTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Which follow-ups a person's meetings and commitments call for, and when each is due
 * (domain.md: confirm two days before and on the day, thank within 24 h, remind before each
 * commitment, check whether it was kept, a later check-in with no ask). Pure: data in, data out.
 */
export function desiredFollowUps(
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
  settings: Pick<Settings, 'offsets' | 'timeZone'>,
): DesiredFollowUp[] {
  const tz = resolveTimeZone(settings);
  const o = settings.offsets;
  const out: DesiredFollowUp[] = [];

  for (const m of meetings) {
    if (m.status === 'planned' && m.scheduledAt !== undefined) {
      const start = new TZDate(m.scheduledAt, tz);
      const before = subDays(start, o.confirmDaysBefore).getTime();
      // A 1:1 set up inside the window needs no "two days before" reminder: it is already past.
      if (before >= m.createdAt) {
        out.push({ id: `${m.id}:confirm-before`, kind: 'confirm', dueAt: before, meetingId: m.id, title: 'Confirm the 1:1, two days ahead' });
      }
      const morning = setHours(startOfDay(start), o.confirmDayOfHour).getTime();
      const dayOf = Math.min(morning, subHours(start, 2).getTime());
      out.push({ id: `${m.id}:confirm-day`, kind: 'confirm', dueAt: dayOf, meetingId: m.id, title: 'Confirm today’s 1:1' });
    }
    if (m.status === 'held' && m.endedAt !== undefined) {
      const end = new TZDate(m.endedAt, tz);
      out.push({ id: `${m.id}:thank-you`, kind: 'thank-you', dueAt: addHours(end, o.thankYouHours).getTime(), meetingId: m.id, title: 'Thank them for the 1:1' });
      out.push({ id: `${m.id}:check-in`, kind: 'check-in', dueAt: addDays(end, o.checkInDays).getTime(), meetingId: m.id, title: 'Check in (no ask)' });
      if (m.report.staffName && m.report.staffDate !== undefined) {
        out.push({ id: `${m.id}:debrief`, kind: 'debrief', dueAt: m.report.staffDate, meetingId: m.id, title: `Debrief with ${m.report.staffName}` });
      }
      m.report.referrals.forEach((referral, index) => {
        out.push({
          id: `${m.id}:referral:${index}`,
          kind: 'referral',
          dueAt: addDays(end, 2).getTime(),
          meetingId: m.id,
          title: `Invite ${referral.name} to a 1:1`,
        });
      });
    }
  }

  for (const c of commitments) {
    if (c.status !== 'open') continue;
    const due = new TZDate(c.dueAt, tz);
    const whose = c.direction === 'mine' ? 'Your promise' : 'Their commitment';
    const reminder = subHours(due, o.reminderHoursBefore).getTime();
    // A reminder that would already be past when the commitment was made is noise; skip it.
    if (reminder >= c.createdAt) {
      out.push({ id: `${c.id}:reminder`, kind: 'commitment-reminder', dueAt: reminder, commitmentId: c.id, meetingId: c.meetingId, title: `${whose} is coming up: ${c.what}` });
    }
    out.push({
      id: `${c.id}:check`,
      kind: 'commitment-check',
      dueAt: addHours(due, o.checkHoursAfter).getTime(),
      commitmentId: c.id,
      meetingId: c.meetingId,
      title: `Was it kept? ${c.what}`,
    });
  }
  return out;
}

export interface FollowUpChanges {
  put: FollowUp[];
  remove: string[];
}

/**
 * Reconciles stored follow-ups with the desired ones. Done follow-ups are history and are never
 * reopened or removed; custom ones belong to the organizer. Moved due times reopen a snoozed one.
 */
export function reconcileFollowUps(
  personKey: string,
  existing: readonly FollowUp[],
  desired: readonly DesiredFollowUp[],
  now: number,
): FollowUpChanges {
  const byId = new Map(existing.map((f) => [f.id, f]));
  const wanted = new Set(desired.map((d) => d.id));
  const put: FollowUp[] = [];
  for (const d of desired) {
    const current = byId.get(d.id);
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
