import { describe, expect, it } from 'vitest';
import { csvCell, meetingsCsv, commitmentsCsv, toCsv } from '../../../lib/export/csv';
import { Commitment, Meeting, Person } from '../../../lib/model';

const T = Date.UTC(2026, 10, 7, 15, 0);
const person = Person.parse({
  key: 'nationbuilder:riverside:id:1201',
  crm: 'nationbuilder',
  account: 'riverside',
  crmId: '1201',
  name: 'María José Núñez',
  email: 'mjnunez@example.org',
  phone: '+1 555 0101',
  url: 'https://riverside.nationbuilder.com/admin/signups/1201',
  relationship: 'Met at the tenants meeting',
  createdAt: T,
  updatedAt: T,
});
const meeting = (over: Partial<Meeting> = {}) =>
  Meeting.parse({
    id: 'm1',
    personKey: person.key,
    templateId: 'six-steps',
    status: 'held',
    startedAt: T,
    ask: 'Host a house meeting',
    answer: 'yes',
    report: { issue: 'Rent, "repairs", and heat', notes: 'Line one\nLine two', skills: '=SUM(A1:A9)', staffName: 'Jo Kim' },
    createdAt: T,
    updatedAt: T,
    ...over,
  });
const theirs = Commitment.parse({ id: 'c1', personKey: person.key, meetingId: 'm1', direction: 'theirs', what: 'Bring 3 neighbours', dueAt: T + 86_400_000, goal: 'Grow the building team', createdAt: T, updatedAt: T });
const mine = Commitment.parse({ id: 'c2', personKey: person.key, meetingId: 'm1', direction: 'mine', what: '+ send the flyer', dueAt: T + 3_600_000, createdAt: T, updatedAt: T });
const ctx = { people: new Map([[person.key, person]]), organizer: 'Alex Rivera', timeZone: 'UTC' };

/** A small RFC 4180 reader, to check the file the way a spreadsheet would read it. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && body[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('Núñez')).toBe('Núñez');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '=HYPERLINK("http://x","y")']) {
      expect(csvCell(danger).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes UTF-8 with a byte-order mark and CRLF line ends', () => {
    const text = toCsv(['A', 'B'], [['1', 'é']]);
    expect(text).toBe('\uFEFFA,B\r\n1,é\r\n');
  });
});

describe('the 1:1 report CSV', () => {
  it('has one row per 1:1 with the columns a data coordinator imports', () => {
    const rows = readCsv(meetingsCsv([meeting()], [theirs, mine], ctx));
    expect(rows[0]!.slice(0, 10)).toEqual(['Date', 'Organizer', 'Person', 'Email', 'Phone', 'Relationship', 'Issue', 'Commitment', 'Staff follow-up', 'Notes']);
    expect(rows).toHaveLength(2);
    const [date, organizer, name, email, phone, relationship, issue, commitment, staff, notes] = rows[1]!;
    expect({ date, organizer, name, email, phone, relationship, issue, commitment, staff, notes }).toEqual({
      date: '2026-11-07 15:00',
      organizer: 'Alex Rivera',
      name: 'María José Núñez',
      email: 'mjnunez@example.org',
      // A spreadsheet would read a leading + as a formula (and show #NULL!), so it is quoted too.
      phone: "'+1 555 0101",
      relationship: 'Met at the tenants meeting',
      issue: 'Rent, "repairs", and heat',
      commitment: 'Bring 3 neighbours (by 2026-11-08 15:00)',
      staff: 'Jo Kim',
      notes: 'Line one\nLine two',
    });
    expect(rows[1]![rows[0]!.indexOf('Skills and resources')]).toBe("'=SUM(A1:A9)");
  });

  it('leaves the notes of a private 1:1 out', () => {
    const rows = readCsv(meetingsCsv([meeting({ private: true, learned: 'secret' })], [], ctx));
    expect(rows[1]![9]).toBe('');
    expect(meetingsCsv([meeting({ private: true, learned: 'secret' })], [], ctx)).not.toMatch(/Line one|secret/);
  });

  it('lists commitments both ways in their own CSV', () => {
    const rows = readCsv(commitmentsCsv([theirs, mine], ctx));
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      ['Who promised', 'What'],
      ['María José Núñez', 'Bring 3 neighbours'],
      ['Alex Rivera', "'+ send the flyer"],
    ]);
  });
});

describe('the "Email opted out" column', () => {
  const optedOut = { ...person, key: 'nationbuilder:riverside:id:1301', name: 'Renée Díaz-Okoro', email: 'renee.do@example.org', emailOptedOut: true };
  const noEmail = { ...person, key: 'nationbuilder:riverside:id:88', name: 'Lee Chan', email: undefined };
  const people = new Map([person, optedOut, noEmail].map((p) => [p.key, p]));
  const column = (rows: string[][]) => rows.map((r) => r[rows[0]!.indexOf('Email opted out')]);

  it('says yes for an address they opted out of, no for one they did not, blank without an address, in English', () => {
    const meetings = [meeting(), meeting({ id: 'm2', personKey: optedOut.key }), meeting({ id: 'm3', personKey: noEmail.key })];
    const rows = readCsv(meetingsCsv(meetings, [], { ...ctx, people }));
    expect(rows[0]!.at(-1)).toBe('Email opted out');
    expect(column(rows)).toEqual(['Email opted out', 'no', 'yes', '']);
    // The columns before it keep their places.
    expect(rows[0]!.slice(0, 4)).toEqual(['Date', 'Organizer', 'Person', 'Email']);
  });

  it('is in the commitments CSV too', () => {
    const rows = readCsv(commitmentsCsv([theirs, { ...theirs, id: 'c3', personKey: optedOut.key }], { ...ctx, people }));
    expect(column(rows)).toEqual(['Email opted out', 'no', 'yes']);
  });
});
