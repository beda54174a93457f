import { describe, expect, it } from 'vitest';
import { emailToOffer, mayEmail } from '../../../lib/rules/reach';
import { meetingEvent } from '../../../lib/export/ics';
import { Meeting, Person } from '../../../lib/model';

const T = Date.UTC(2026, 10, 7, 15, 0);
const person = Person.parse({
  key: 'p', crm: 'nationbuilder', account: 'riverside', crmId: '1301', name: 'Renée Díaz-Okoro', email: 'renee.do@example.org', phone: '555-0131',
  url: 'https://riverside.nationbuilder.com/admin/signups/1301', createdAt: T, updatedAt: T,
});
const planned = Meeting.parse({ id: 'm1', personKey: 'p', templateId: 'six-steps', status: 'planned', scheduledAt: T, createdAt: T, updatedAt: T });

describe('ways to reach someone who opted out of email', () => {
  it('never offers an address they opted out of', () => {
    expect([mayEmail(person), emailToOffer(person)]).toEqual([true, 'renee.do@example.org']);
    expect([mayEmail({ ...person, emailOptedOut: true }), emailToOffer({ ...person, emailOptedOut: true })]).toEqual([false, undefined]);
    expect(mayEmail({ ...person, email: undefined })).toBe(false);
    expect(mayEmail(undefined)).toBe(false);
  });

  it('the 1:1’s calendar entry lists their phone but not the address they opted out of', () => {
    expect(meetingEvent(planned, person).description).toContain('renee.do@example.org');
    const description = meetingEvent(planned, { ...person, emailOptedOut: true }).description;
    expect(description).toContain('555-0131');
    expect(description).not.toContain('renee.do@example.org');
  });
});
