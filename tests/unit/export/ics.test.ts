import { describe, expect, it } from 'vitest';
import { commitmentEvent, foldLine, icsText, meetingEvent, toIcs } from '../../../lib/export/ics';
import { Commitment, Meeting, Person } from '../../../lib/model';

const T = Date.UTC(2026, 10, 7, 15, 0);
const person = Person.parse({
  key: 'p', crm: 'nationbuilder', account: 'riverside', crmId: '1', name: 'María, "MJ"; Núñez',
  url: 'https://riverside.nationbuilder.com/admin/signups/1', createdAt: T, updatedAt: T,
});

/** Unfolds lines and splits the file the way a calendar reads it. */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('calendar files', () => {
  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(icsText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });

  it('describes a scheduled 1:1 with its start, length, place and a reminder', () => {
    const m = Meeting.parse({
      id: 'm1', personKey: 'p', templateId: 'six-steps', status: 'planned', scheduledAt: T, plannedMinutes: 45,
      place: 'Café Luna, 2nd floor', createdAt: T, updatedAt: T,
    });
    const out = lines(toIcs([meetingEvent(m, person)], T));
    expect(out[0]).toBe('BEGIN:VCALENDAR');
    expect(out).toContain('DTSTART:20261107T150000Z');
    expect(out).toContain('DTEND:20261107T154500Z');
    expect(out).toContain('SUMMARY:1:1 with María\\, "MJ"\\; Núñez');
    expect(out).toContain('LOCATION:Café Luna\\, 2nd floor');
    expect(out).toContain('UID:meeting-m1@one-on-one-companion');
    expect(out).toContain('TRIGGER:-PT60M');
    expect(out.at(-2)).toBe('END:VCALENDAR');
    expect(out.at(-1)).toBe('');
  });

  it('refuses a 1:1 with no date', () => {
    const m = Meeting.parse({ id: 'm2', personKey: 'p', templateId: 'six-steps', status: 'planned', createdAt: T, updatedAt: T });
    expect(() => meetingEvent(m, person)).toThrow(/no date/);
  });

  it('describes a commitment at its due time, naming who promised', () => {
    const c = Commitment.parse({ id: 'c1', personKey: 'p', direction: 'mine', what: 'Send the\nagenda', dueAt: T, createdAt: T, updatedAt: T });
    const out = lines(toIcs([commitmentEvent(c, person)], T));
    expect(out).toContain('SUMMARY:My promise to María\\, "MJ"\\; Núñez: Send the\\nagenda');
    expect(out).toContain('DTSTART:20261107T150000Z');
  });

  it('escapes the UID: an id with line breaks (possible only from a backup file) adds no calendar lines', () => {
    const m = Meeting.parse({
      id: 'm1\r\nATTENDEE:mailto:someone@example.org\nEND:VEVENT', personKey: 'p', templateId: 'six-steps', status: 'planned', scheduledAt: T,
      createdAt: T, updatedAt: T,
    });
    const out = lines(toIcs([meetingEvent(m, person)], T));
    expect(out.filter((line) => line.startsWith('ATTENDEE'))).toEqual([]);
    expect(out.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
    expect(out.find((line) => line.startsWith('UID:'))).toBe('UID:meeting-m1\\nATTENDEE:mailto:someone@example.org\\nEND:VEVENT@one-on-one-companion');
  });
});
