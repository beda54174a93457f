import { describe, expect, it } from 'vitest';
import { actionbuilder } from '../../../lib/crm/writeback/actionbuilder';
import { actionnetwork } from '../../../lib/crm/writeback/actionnetwork';
import { osdiId, osdiPeople } from '../../../lib/crm/writeback/osdi';

describe('the OSDI writers', () => {
  it('send the token the same way', () => {
    const expected = { 'osdi-api-token': 'k', accept: 'application/hal+json, application/json', 'content-type': 'application/json' };
    expect(actionnetwork.headers('k')).toEqual(expected);
    expect(actionbuilder.headers('k')).toEqual(expected);
  });

  it('read the error body: error, then message; Action Builder also a list of errors', () => {
    for (const writer of [actionnetwork, actionbuilder]) {
      expect(writer.errorText({ error: 'Unauthorized', message: 'm' })).toBe('Unauthorized');
      expect(writer.errorText({ message: 'Not found' })).toBe('Not found');
      expect(writer.errorText(null)).toBeUndefined();
      expect(writer.errorText('text')).toBeUndefined();
    }
    const errors = { errors: [{ detail: 'a' }, { title: 'b' }] };
    expect(actionbuilder.errorText(errors)).toBe('a; b');
    expect(actionnetwork.errorText(errors)).toBeUndefined();
  });

  it("find people and their system's id", () => {
    const page = { _embedded: { 'osdi:people': [{ identifiers: ['other:1', 'action_network:abc'] }] } };
    expect(osdiId(osdiPeople(page)[0], 'action_network')).toBe('abc');
    expect(osdiId(osdiPeople(page)[0], 'action_builder')).toBeUndefined();
    expect(osdiPeople({})).toEqual([]);
    expect(osdiPeople(null)).toEqual([]);
  });
});
