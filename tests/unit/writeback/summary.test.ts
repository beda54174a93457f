import { describe, expect, it } from 'vitest';
import { crmNote, reportFacts } from '../../../lib/crm/writeback/summary';
import { fillFormLink, parseFormLink } from '../../../lib/crm/writeback/form';
import { commitments, meeting, person } from './fixtures';

const input = (patch = {}) => ({
  meeting: meeting(),
  person: person(),
  commitments: commitments(),
  templateName: 'Six steps',
  organizerName: 'Alex Rivera',
  timeZone: 'America/New_York',
  includeNotes: false,
  ...patch,
});

describe('the CRM note', () => {
  it('has the date, how it was held, the model, the ask and answer, commitments both ways with dates, issue, skills, referrals and ladder', () => {
    expect(crmNote(input())).toBe(
      [
        '1:1 with María José Núñez on 2026-11-24 (video call)',
        'Organizer: Alex Rivera',
        'Agenda model: Six steps',
        'The ask: Host a house meeting on the 3rd',
        'Their answer: Clear yes',
        'They committed to:',
        '- Host a house meeting (8 neighbours), by 2026-12-03 13:00',
        'The organizer committed to:',
        '- Send the repair survey, by 2026-11-26 04:30',
        'The issue they care most about: Repairs and mould',
        'Skills, experience, resources: Speaks Spanish',
        'People to talk with next: Luis Ortega (555-0199)',
        'Ladder of engagement: Hosts',
      ].join('\n'),
    );
  });

  it('keeps the notes out unless ticked in, and ends with the marker when one is given', () => {
    expect(crmNote(input())).not.toContain('retaliation');
    const ticked = crmNote(input({ includeNotes: true }), { marker: 'occ-ref:1234' });
    expect(ticked).toContain('Notes:\nWorried about retaliation from the landlord');
    expect(ticked.split('\n').at(-1)).toBe('(sent by 1:1 Companion, occ-ref:1234)');
  });

  it('leaves out what the 1:1 does not hold', () => {
    const bare = crmNote(input({ meeting: meeting({ ask: '', answer: undefined, report: {} as never }), commitments: [], organizerName: '' }));
    expect(bare).toBe('1:1 with María José Núñez on 2026-11-24 (video call)\nAgenda model: Six steps');
  });

  it('gives the team form the same facts, one line each; notes only when included', () => {
    const facts = reportFacts(input());
    expect(facts).toMatchObject({
      date: '2026-11-24',
      person: 'María José Núñez',
      email: 'mjnunez@example.org',
      answer: 'Clear yes',
      theirCommitments: 'Host a house meeting (8 neighbours), by 2026-12-03 13:00',
      myCommitments: 'Send the repair survey, by 2026-11-26 04:30',
      ladder: 'Hosts',
      notes: '',
    });
    expect(reportFacts(input({ includeNotes: true })).notes).toBe('Worried about retaliation from the landlord');
  });
});

describe("the team's form", () => {
  const link = 'https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.111=Sample+name&entry.222=2026-01-01&entry.333=x';

  it('reads the fields of a pre-filled link, with the sample answers that tell them apart', () => {
    expect(parseFormLink(link)).toEqual({
      ok: true,
      fields: [
        { name: 'entry.111', sample: 'Sample name' },
        { name: 'entry.222', sample: '2026-01-01' },
        { name: 'entry.333', sample: 'x' },
      ],
    });
    expect(parseFormLink('not a link')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(parseFormLink('http://example.org/form?entry.1=a')).toEqual({ ok: false, problem: 'not-https' });
    expect(parseFormLink('https://example.org/form?usp=pp_url')).toEqual({ ok: false, problem: 'no-fields' });
  });

  it('fills mapped fields from the 1:1 and empties the rest (their samples are not the person’s)', () => {
    const filled = new URL(fillFormLink(link, { 'entry.111': 'person', 'entry.222': 'date' }, reportFacts(input())));
    expect(filled.searchParams.get('usp')).toBe('pp_url');
    expect(filled.searchParams.get('entry.111')).toBe('María José Núñez');
    expect(filled.searchParams.get('entry.222')).toBe('2026-11-24');
    expect(filled.searchParams.has('entry.333')).toBe(false);
  });
});
