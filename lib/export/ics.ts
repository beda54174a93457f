import type { Commitment, Meeting, Person } from '../model';
import { emailToOffer } from '../rules/reach';
import { t } from '../i18n';

/**
 * iCalendar (RFC 5545) files for one 1:1 or one commitment, to add to the organizer's own
 * calendar. Times are written in UTC, so every calendar shows them in its own zone.
 */
export interface CalendarEvent {
  uid: string;
  start: number;
  minutes: number;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** Minutes before the start for a reminder in the calendar app. */
  alarmMinutes?: number;
}

/** 20261107T150000Z */
export function icsTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toIcs(events: readonly CalendarEvent[], now: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//1:1 Companion//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(e.uid)}`,
      `DTSTAMP:${icsTime(now)}`,
      `DTSTART:${icsTime(e.start)}`,
      `DTEND:${icsTime(e.start + e.minutes * 60_000)}`,
      `SUMMARY:${icsText(e.title)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${icsText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${icsText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
    if (e.alarmMinutes !== undefined) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(e.title)}`, `TRIGGER:-PT${Math.round(e.alarmMinutes)}M`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function meetingEvent(meeting: Meeting, person: Person | undefined): CalendarEvent {
  if (meeting.scheduledAt === undefined) throw new Error(t('panel.calendar.noDate'));
  const asks = meeting.prep.asks.filter(Boolean);
  return {
    uid: `meeting-${meeting.id}@one-on-one-companion`,
    start: meeting.scheduledAt,
    minutes: meeting.plannedMinutes,
    title: person?.name ? t('panel.calendar.meeting', [person.name]) : t('panel.calendar.meetingUnnamed'),
    description: [emailToOffer(person), person?.phone, asks.length ? t('panel.calendar.asks', [asks.join('; ')]) : '', person?.url]
      .filter(Boolean)
      .join('\n'),
    location: meeting.place || undefined,
    url: person?.url,
    alarmMinutes: 60,
  };
}

export function commitmentEvent(commitment: Commitment, person: Person | undefined): CalendarEvent {
  const name = person?.name;
  // One whole sentence per case, so each language words it its own way.
  const title =
    commitment.direction === 'theirs'
      ? name
        ? t('panel.calendar.theirs', [name, commitment.what])
        : t('panel.calendar.theirsUnnamed', [commitment.what])
      : name
        ? t('panel.calendar.mine', [name, commitment.what])
        : t('panel.calendar.mineUnnamed', [commitment.what]);
  return {
    uid: `commitment-${commitment.id}@one-on-one-companion`,
    start: commitment.dueAt,
    minutes: 30,
    title,
    description: [commitment.goal && t('panel.calendar.goal', [commitment.goal]), person?.url].filter(Boolean).join('\n'),
    url: person?.url,
    alarmMinutes: 60,
  };
}
