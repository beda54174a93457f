import { describe, expect, it } from 'vitest';
import { nationbuilder } from '../../../lib/crm/writeback/nationbuilder';
import { actionnetwork } from '../../../lib/crm/writeback/actionnetwork';
import { actionbuilder } from '../../../lib/crm/writeback/actionbuilder';
import { previewPlan } from '../../../lib/crm/writeback';
import { ExplainedFailure, type Step } from '../../../lib/crm/writeback/types';
import { defaultAssessments } from '../../../lib/crm/writeback/model';
import { commitments, connection, context, meeting, person } from './fixtures';

const stepKeys = (steps: Step[]) => steps.map((s) => s.key);
const byKey = (steps: Step[], key: string) => steps.find((s) => s.key === key)!;

describe('NationBuilder mapping', () => {
  it('logs a contact on the person: method from the 1:1, meaningful interaction, the note as content, the organizer as author', () => {
    const steps = nationbuilder.plan(context());
    expect(stepKeys(steps)).toEqual(['contact', 'find-tag', 'create-tag', 'tagging']);
    const request = byKey(steps, 'contact').request({})!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('contacts');
    const body = request.body as { data: { type: string; attributes: Record<string, string> } };
    expect(body.data.type).toBe('contacts');
    expect(Object.keys(body.data.attributes).sort()).toEqual(['author_id', 'contact_method', 'contact_status', 'content', 'signup_id']);
    expect(body.data.attributes).toMatchObject({ signup_id: '1201', author_id: '45', contact_method: 'video_call', contact_status: 'meaningful_interaction' });
    expect(body.data.attributes.content).toContain('1:1 with María José Núñez on 2026-11-24 (video call)');
    expect(body.data.attributes.content).toContain('occ-ref:abc123');
    // Not a private 1:1: the notes go in.
    expect(body.data.attributes.content).toContain('Worried about retaliation');
  });

  it('uses face_to_face and phone_call for the other ways of meeting, and keeps private notes out', () => {
    const inPerson = nationbuilder.plan(context({ meeting: meeting({ mode: 'in-person', private: true }) }));
    const attrs = (byKey(inPerson, 'contact').request({})!.body as { data: { attributes: Record<string, string> } }).data.attributes;
    expect(attrs.contact_method).toBe('face_to_face');
    expect(attrs.content).not.toContain('Worried about retaliation');
    const phone = nationbuilder.plan(context({ meeting: meeting({ mode: 'phone' }) }));
    expect((byKey(phone, 'contact').request({})!.body as { data: { attributes: Record<string, string> } }).data.attributes.contact_method).toBe('phone_call');
  });

  it('finds a contact it sent by the marker in the content, so an unknown outcome is not sent twice', () => {
    const contact = byKey(nationbuilder.plan(context()), 'contact');
    expect(contact.verify!.request({})).toEqual({ method: 'GET', path: 'contacts?filter[signup_id]=1201' });
    expect(contact.verify!.landed({ data: [{ id: '9', attributes: { content: 'other' } }] })).toBeUndefined();
    expect(contact.verify!.landed({ data: [{ id: '9', attributes: { content: 'x\n(sent by 1:1 Companion, occ-ref:abc123)' } }] })).toEqual({ contactId: '9' });
  });

  it('finds the tag by name, creates it only when missing, then tags the person; already tagged counts as done', () => {
    const steps = nationbuilder.plan(context());
    expect(byKey(steps, 'find-tag').request({})).toEqual({ method: 'GET', path: 'signup_tags?filter[name]=1on1' });
    expect(byKey(steps, 'find-tag').read!({ data: [{ id: '12', attributes: { name: '1ON1' } }] }, {})).toEqual({ tagId: '12' });
    expect(byKey(steps, 'find-tag').read!({ data: [] }, {})).toEqual({});
    expect(byKey(steps, 'create-tag').request({ tagId: '12' })).toBeUndefined();
    expect(byKey(steps, 'create-tag').request({})).toEqual({ method: 'POST', path: 'signup_tags', body: { data: { type: 'signup_tags', attributes: { name: '1on1' } } } });
    expect(byKey(steps, 'tagging').request({ tagId: '12' })).toEqual({
      method: 'POST',
      path: 'signup_taggings',
      body: { data: { type: 'signup_taggings', attributes: { signup_id: '1201', tag_id: '12' } } },
    });
    const tagging = byKey(steps, 'tagging');
    expect(tagging.alreadyDone!(422, { errors: [{ detail: 'tag has already been taken' }] })).toBe(true);
    expect(tagging.alreadyDone!(422, { errors: [{ detail: 'signup_id is an unknown attribute' }] })).toBe(false);
  });

  it('with no tag set, only the contact; an update says it replaces the earlier report; no author when unknown', () => {
    const steps = nationbuilder.plan(context({ connection: connection({ settings: { tag: '' }, organizer: undefined }), kind: 'update' }));
    expect(stepKeys(steps)).toEqual(['contact']);
    const attrs = (steps[0]!.request({})!.body as { data: { attributes: Record<string, string> } }).data.attributes;
    expect(attrs.author_id).toBeUndefined();
    expect(attrs.content!.split('\n')[0]).toBe('Updated report (replaces the one sent before):');
  });

  it('refuses, with a reason, a person whose NationBuilder id is not known', () => {
    expect(() => nationbuilder.plan(context({ person: person({ crmId: undefined }) }))).toThrow(ExplainedFailure);
  });

  it('reads the organizer from signups/me and both shapes of error', () => {
    expect(nationbuilder.readTest({ data: { id: '45', attributes: { first_name: 'Alex', last_name: 'Rivera' } } })).toEqual({ organizer: { id: '45', name: 'Alex Rivera' } });
    expect(nationbuilder.errorText({ errors: [{ detail: 'data.attributes.foo is an unknown attribute' }] })).toBe('data.attributes.foo is an unknown attribute');
    expect(nationbuilder.errorText({ code: 'unprocessable_entity', message: 'signup does not exist' })).toBe('signup does not exist');
    expect(nationbuilder.apiBase({ account: 'riverside' })).toBe('https://riverside.nationbuilder.com/api/v2/');
  });
});

describe('Action Network mapping', () => {
  const an = (patch = {}) =>
    context({ person: person({ crm: 'actionnetwork', account: 'eastside-tenants', crmId: '5521', email: "o'neil@example.org" }), connection: connection({ crm: 'actionnetwork', account: 'eastside-tenants', auth: 'key' }), ...patch });

  it('finds the activist by email, sets the three custom fields, and adds the tag through the signup helper', () => {
    const steps = actionnetwork.plan(an());
    expect(stepKeys(steps)).toEqual(['find-person', 'fields', 'tag']);
    expect(byKey(steps, 'find-person').request({})).toEqual({ method: 'GET', path: `people?filter=${encodeURIComponent("email_address eq 'o''neil@example.org'")}` });
    expect(byKey(steps, 'find-person').read!({ _embedded: { 'osdi:people': [{ identifiers: ['other:1', 'action_network:abc-123'] }] } }, {})).toEqual({ personId: 'abc-123' });
    expect(byKey(steps, 'fields').request({ personId: 'abc-123' })).toEqual({
      method: 'PUT',
      path: 'people/abc-123',
      body: { custom_fields: { 'Last 1:1': '2026-11-24', 'Last 1:1 answer': 'yes', 'Ladder of engagement': 'hosts' } },
    });
    expect(byKey(steps, 'tag').request({})).toEqual({ method: 'POST', path: 'people', body: { person: { email_addresses: [{ address: "o'neil@example.org" }] }, add_tags: ['1on1'] } });
  });

  it('explains when nobody has that email, or the person has none', () => {
    expect(() => byKey(actionnetwork.plan(an()), 'find-person').read!({ _embedded: { 'osdi:people': [] } }, {})).toThrow(ExplainedFailure);
    expect(() => actionnetwork.plan(an({ person: person({ crm: 'actionnetwork', email: undefined }) }))).toThrow(ExplainedFailure);
  });

  it('leaves out fields the organizer emptied, an answer not given and a ladder not known', () => {
    const steps = actionnetwork.plan(
      an({ meeting: meeting({ answer: undefined, report: { ...meeting().report, ladder: 'unknown' } }), connection: connection({ crm: 'actionnetwork', account: 'eastside-tenants', auth: 'key', settings: { answerField: '', tag: '' } }) }),
    );
    expect(stepKeys(steps)).toEqual(['find-person', 'fields']);
    expect(byKey(steps, 'fields').request({ personId: 'x' })!.body).toEqual({ custom_fields: { 'Last 1:1': '2026-11-24' } });
  });
});

describe('Action Builder mapping', () => {
  const abConnection = (settings = {}) =>
    connection({ crm: 'actionbuilder', account: 'northside-union', auth: 'key', campaignId: 'c'.repeat(36), settings: { tagSection: 'Outreach', tagField: '1:1 status', ...settings } });
  const ab = (patch = {}) => context({ person: person({ crm: 'actionbuilder', account: 'northside-union', crmId: '301', email: 'fatima.h@example.org' }), connection: abConnection(), ...patch });
  const base = `campaigns/${'c'.repeat(36)}/people`;

  it('finds the person by email and their app id, sets the assessment from the ladder and adds the tag response, then reads it back', () => {
    const steps = actionbuilder.plan(ab());
    expect(stepKeys(steps)).toEqual(['find-person', 'signup', 'confirm']);
    expect(byKey(steps, 'find-person').request({})!.path).toBe(`${base}?filter=${encodeURIComponent("email_address eq 'fatima.h@example.org'")}`);
    const people = {
      _embedded: {
        'osdi:people': [
          { identifiers: ['action_builder:aaaa'], browser_url: 'https://northside-union.actionbuilder.org/entity/view/3010/profile' },
          { identifiers: ['action_builder:bbbb'], browser_url: 'https://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7' },
        ],
      },
    };
    expect(byKey(steps, 'find-person').read!(people, {})).toEqual({ personId: 'bbbb' });
    expect(byKey(steps, 'signup').request({ personId: 'bbbb' })).toEqual({
      method: 'POST',
      path: base,
      body: {
        person: { identifiers: ['action_builder:bbbb'], 'action_builder:latest_assessment': 2 },
        add_tags: [{ 'action_builder:section': 'Outreach', 'action_builder:field': '1:1 status', name: '1on1' }],
      },
    });
    // A value the campaign does not enable is dropped with a 200: the read-back says so.
    expect(() => byKey(steps, 'confirm').read!({ 'action_builder:latest_assessment': null }, {})).toThrow(ExplainedFailure);
    expect(byKey(steps, 'confirm').read!({ 'action_builder:latest_assessment': 2 }, {})).toEqual({});
  });

  it('follows the organizer’s mapping; no assessment and no tag response means nothing to send', () => {
    const mapped = actionbuilder.plan(ab({ connection: abConnection({ assessments: { ...defaultAssessments, hosts: 5 } }) }));
    expect((byKey(mapped, 'signup').request({ personId: 'x' })!.body as { person: Record<string, unknown> }).person['action_builder:latest_assessment']).toBe(5);
    const none = actionbuilder.plan(ab({ meeting: meeting({ report: { ...meeting().report, ladder: 'unknown' } }), connection: abConnection({ tagSection: '' }) }));
    expect(none).toEqual([]);
  });

  it('explains a missing campaign and a person it cannot tell apart', () => {
    expect(() => actionbuilder.plan(ab({ connection: connection({ crm: 'actionbuilder', account: 'northside-union', auth: 'key' }) }))).toThrow(ExplainedFailure);
    const twoStrangers = { _embedded: { 'osdi:people': [{ identifiers: ['action_builder:a'] }, { identifiers: ['action_builder:b'] }] } };
    expect(() => byKey(actionbuilder.plan(ab()), 'find-person').read!(twoStrangers, {})).toThrow(ExplainedFailure);
  });
});

describe('preview', () => {
  it('lists every request with its full address, placeholders for what earlier steps find, and when a step runs only sometimes', () => {
    const requests = previewPlan(context({ commitments: commitments() }));
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST https://riverside.nationbuilder.com/api/v2/contacts',
      'GET https://riverside.nationbuilder.com/api/v2/signup_tags?filter[name]=1on1',
      'POST https://riverside.nationbuilder.com/api/v2/signup_tags',
      'POST https://riverside.nationbuilder.com/api/v2/signup_taggings',
    ]);
    expect(requests[2]!.condition).toBe('Only if the tag “1on1” does not exist yet');
    expect(requests[3]!.body).toEqual({ data: { type: 'signup_taggings', attributes: { signup_id: '1201', tag_id: '{tagId}' } } });
  });
});
