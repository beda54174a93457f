import { describe, expect, it } from 'vitest';
import { checkPanel, checkRequest, unknownMessageReply } from '../../../lib/background/router';
import { contextOf } from '../../../lib/background/sender';
import { ACCESS } from '../../../lib/protocol/access';
import { requestSchemas } from '../../../lib/protocol';
import { putTab } from '../../../lib/background/tab-state';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting } from '../../../lib/store/meetings';
import { personKey } from '../../../lib/crm/types';

const ID = 'ext-id';
const guest = { id: ID, url: 'https://riverside.nationbuilder.com/admin/signups/9', tab: { id: 7 }, frameId: 0 };
const panelSender = { id: ID, url: `chrome-extension://${ID}/panel.html`, tab: { id: 7 }, frameId: 3 };
const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
const ana = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9' };
const ben = { ...ana, crmId: '10', name: 'Ben', url: 'https://riverside.nationbuilder.com/admin/signups/10' };

describe('request checks', () => {
  it('names the field that is wrong', () => {
    expect(() => checkRequest('updatePerson', { key: 'k', baseRev: 0, patch: { notes: 7 } }, panelSender, ID)).toThrow(
      'Invalid "updatePerson" request: "patch.notes": Invalid input: expected string, received number',
    );
  });

  it('refuses fields the protocol does not know', () => {
    expect(() => checkRequest('updatePerson', { key: 'k', baseRev: 0, patch: { rev: 9 } }, panelSender, ID)).toThrow(/Unrecognized key/);
  });

  it('refuses a sender that is not this extension', () => {
    expect(() => checkRequest('getSettings', {}, { ...options, id: 'someone-else' }, ID)).toThrow('the sender is not this extension');
  });

  it('answers unknown and malformed messages, and leaves known ones to their handler', () => {
    expect(unknownMessageReply({ type: 'dropTables', timestamp: 1 })?.err.message).toBe('Unknown message type "dropTables"');
    expect(unknownMessageReply('hello')?.err.message).toMatch(/Malformed message/);
    expect(unknownMessageReply({ type: 'getSettings' })?.err.message).toMatch(/no numeric "timestamp"/);
    expect(unknownMessageReply({ type: 'getSettings', timestamp: 1, data: {} })).toBeUndefined();
  });
});

describe('who may ask for what', () => {
  it('tells the guest, the panel and extension pages apart from what the browser says of the sender', () => {
    expect(contextOf(guest, ID)).toBe('guest');
    expect(contextOf(panelSender, ID)).toBe('panel');
    expect(contextOf(options, ID)).toBe('page');
    expect(contextOf({ ...options, url: `moz-extension://uuid/popup.html` }, ID)).toBe('page');
    // panel.html opened outside a tab is no panel; a content script without a tab is nothing.
    expect(contextOf({ id: ID, url: `chrome-extension://${ID}/panel.html` }, ID)).toBeUndefined();
    expect(contextOf({ id: ID, url: 'https://riverside.nationbuilder.com/' }, ID)).toBeUndefined();
  });

  it('lets the CRM page say who it shows, and nothing more', () => {
    const allowed = (Object.keys(ACCESS) as (keyof typeof ACCESS)[]).filter((type) => ACCESS[type].from.includes('guest'));
    expect(allowed.sort()).toEqual(['guestFold', 'guestReport']);
    expect(() => checkRequest('importBackup', { text: '{}', mode: 'replace' }, guest, ID)).toThrow('Refused "importBackup": not allowed from a CRM page');
    expect(() => checkRequest('exportBackup', {}, guest, ID)).toThrow(/not allowed from a CRM page/);
    expect(() => checkRequest('updatePerson', { key: 'k', baseRev: 0, patch: { notes: 'x' } }, guest, ID)).toThrow(/not allowed from a CRM page/);
  });

  it('keeps backup, restore, settings, templates, exports and reports to extension pages', () => {
    for (const type of ['exportBackup', 'importBackup', 'saveSettings', 'saveTemplate', 'importTemplates', 'exportCsv', 'getReport', 'listFollowUps'] as const) {
      expect(ACCESS[type].from).toEqual(['page']);
    }
    expect(() => checkRequest('exportBackup', {}, panelSender, ID)).toThrow(/not allowed from the panel/);
    expect(checkRequest('exportBackup', {}, options, ID)).toEqual({});
  });

  it('has a rule, and a schema, for every message', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('lets a panel touch only the person its tab shows, and only from the frame that proved itself', async () => {
    const db = await getDB();
    const a = await upsertFromRef(db, ana, 1);
    const b = await upsertFromRef(db, ben, 1);
    await createMeeting(db, { personKey: b.key, templateId: 'six-steps' }, 'ben-1', 1);
    await putTab(7, { token: 't'.repeat(24), read: { phase: 'recognized', ref: ana }, personKey: personKey(ana), panelFrameId: 3 });
    const checked = { ...panelSender, context: 'panel' as const };

    await expect(checkPanel('updatePerson', { key: a.key, baseRev: 0, patch: { notes: 'ok' } }, checked)).resolves.toBeUndefined();
    await expect(checkPanel('updatePerson', { key: b.key, baseRev: 0, patch: { notes: 'no' } }, checked)).rejects.toThrow(/someone this page does not show/);
    await expect(checkPanel('saveMeeting', { id: 'ben-1', baseRev: 0, patch: { place: 'x' } }, checked)).rejects.toThrow(/someone this page does not show/);
    // Another frame in the same tab (one the page made) is no panel of ours.
    await expect(checkPanel('getPersonView', {}, { ...checked, frameId: 9 })).rejects.toThrow(/not opened by its page/);
  });
});
