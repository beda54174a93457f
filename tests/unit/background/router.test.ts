import { describe, expect, it } from 'vitest';
import { checkRequest, unknownMessageReply } from '../../../lib/background/router';

const self = { id: 'ext-id' };

describe('request checks', () => {
  it('names the field that is wrong', () => {
    expect(() => checkRequest('updatePerson', { key: 'k', baseRev: 0, patch: { notes: 7 } }, self, 'ext-id')).toThrow(
      'Invalid "updatePerson" request: "patch.notes": Invalid input: expected string, received number',
    );
  });

  it('refuses fields the protocol does not know', () => {
    expect(() => checkRequest('updatePerson', { key: 'k', baseRev: 0, patch: { rev: 9 } }, self, 'ext-id')).toThrow(/Unrecognized key/);
  });

  it('refuses a sender that is not this extension', () => {
    expect(() => checkRequest('getSettings', {}, { id: 'someone-else' }, 'ext-id')).toThrow('the sender is not this extension');
  });

  it('answers unknown and malformed messages, and leaves known ones to their handler', () => {
    expect(unknownMessageReply({ type: 'dropTables', timestamp: 1 })?.err.message).toBe('Unknown message type "dropTables"');
    expect(unknownMessageReply('hello')?.err.message).toMatch(/Malformed message/);
    expect(unknownMessageReply({ type: 'getSettings' })?.err.message).toMatch(/no numeric "timestamp"/);
    expect(unknownMessageReply({ type: 'getSettings', timestamp: 1, data: {} })).toBeUndefined();
  });
});
