import { TZDate } from '@date-fns/tz';
import { isSameDay, setHours, startOfDay, subDays } from 'date-fns';
import type { Meeting } from '../model';
import { intoWorkingHours } from './quiet-hours';
import type { DesiredFollowUp, ReminderSettings, ReminderWords } from './followups';
import { resolveTimeZone } from './zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A confirmation closer than this to the start is no use: the person has already set out. */
export const CONFIRM_MIN_NOTICE_MS = HOUR;
/** A same-day 1:1 planned after its day-of moment is confirmed this soon, or an hour before the start if sooner. */
export const SAME_DAY_CONFIRM_LEAD_MS = 30 * MINUTE;

/** Confirmations are named by the date they confirm, so moving the 1:1 makes new ones. */
export const confirmationId = (meetingId: string, which: 'before' | 'day', start: number) => `${meetingId}:confirm-${which}:${start}`;

/**
 * The confirmations a planned 1:1 calls for, made at `now` (domain.md: confirm two days before
 * and again on the day). Each lands in working hours and at least an hour before the start. A
 * confirmation whose moment has already passed at `now` is not made; a same-day 1:1 whose
 * day-of moment has passed gets one "confirm today" soon after `now`, if it is still more than
 * an hour away, and none otherwise. A 1:1 logged after the fact, cancelled, started or held
 * gets none. Pure: the caller passes the moment the date was set (Meeting.scheduleSetAt), so
 * running the rules again later gives the same answer.
 */
export function confirmations(meeting: Meeting, now: number, settings: ReminderSettings, words: ReminderWords): DesiredFollowUp[] {
  const start = meeting.scheduledAt;
  if (meeting.status !== 'planned' || start === undefined || start <= now) return [];
  const tz = resolveTimeZone(settings);
  const work = (ms: number) => intoWorkingHours(ms, settings.quietHours, tz);
  const usable = (due: number) => due >= now && due <= start - CONFIRM_MIN_NOTICE_MS;
  const o = settings.offsets;
  const local = new TZDate(start, tz);
  const out: DesiredFollowUp[] = [];
  const make = (which: 'before' | 'day', dueAt: number, title: string) =>
    out.push({ id: confirmationId(meeting.id, which, start), kind: 'confirm', dueAt, meetingId: meeting.id, title });

  const before = work(subDays(local, o.confirmDaysBefore).getTime());
  if (usable(before)) make('before', before, words.confirmBefore(o.confirmDaysBefore));

  const morning = setHours(startOfDay(local), o.confirmDayOfHour).getTime();
  const dayOf = work(Math.min(morning, start - 2 * HOUR));
  if (usable(dayOf)) make('day', dayOf, words.confirmDay());
  else if (isSameDay(new TZDate(now, tz), local) && start - now > CONFIRM_MIN_NOTICE_MS) {
    const soon = work(Math.min(now + SAME_DAY_CONFIRM_LEAD_MS, start - CONFIRM_MIN_NOTICE_MS));
    if (usable(soon)) make('day', soon, words.confirmDay());
  }
  return out;
}
