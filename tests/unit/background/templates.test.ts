import { senderFor } from './panel-tab';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../lib/background/router';
import { dataHandlers } from '../../../lib/background/handlers/data';
import { meetingHandlers } from '../../../lib/background/handlers/meetings';
import { settingsHandlers } from '../../../lib/background/handlers/settings';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { saveSettings } from '../../../lib/store/settings';
import { LIMITS } from '../../../lib/limits';
import { builtInTemplates } from '../../../lib/templates/builtin';
import type { Template } from '../../../lib/model';
import type { MessageType, Request } from '../../../lib/protocol';

const ask = <K extends MessageType>(type: K, data: Request<K>) => checkRequest(type, data, senderFor(type), 'ext');
const model = (id: string, name: string): Template => ({ ...builtInTemplates[1]!, id, name, builtIn: false });
const stored = async () => (await (await getDB()).getAll('templates')).map((t) => `${t.id}: ${t.name}`).sort();
const ref = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '9', name: 'Ana Ruiz', url: 'https://riverside.nationbuilder.com/admin/signups/9' };

describe('deleting a model', () => {
  it('the default one: the default moves to a built-in model, and planning a 1:1 still works', async () => {
    await settingsHandlers.saveTemplate(ask('saveTemplate', { template: model('door-knock', 'Door knock') }), {});
    await settingsHandlers.saveSettings(ask('saveSettings', { patch: { defaultTemplateId: 'door-knock' } }), {});
    const result = await settingsHandlers.deleteTemplate(ask('deleteTemplate', { id: 'door-knock' }), {});
    expect(result).toEqual({ deleted: true, movedDefaultTo: 'six-steps' });
    expect((await settingsHandlers.getSettings({}, {})).defaultTemplateId).toBe('six-steps');

    const person = await upsertFromRef(await getDB(), ref, Date.now());
    const planned = await meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key }), {});
    expect(planned.templateId).toBe('six-steps');
  });

  it('one a 1:1 still to be held follows: refused, naming whose, and nothing changes', async () => {
    await settingsHandlers.saveTemplate(ask('saveTemplate', { template: model('door-knock', 'Door knock') }), {});
    const person = await upsertFromRef(await getDB(), ref, Date.now());
    await meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key, templateId: 'door-knock' }), {});
    await expect(settingsHandlers.deleteTemplate(ask('deleteTemplate', { id: 'door-knock' }), {})).rejects.toThrow(
      '“Door knock” is the agenda of a 1:1 not yet held (with Ana Ruiz)',
    );
    expect(await stored()).toEqual(['door-knock: Door knock']);
  });

  it('a default already naming a deleted model (left by an older version): planning a 1:1 uses the built-in one', async () => {
    const db = await getDB();
    await saveSettings(db, { defaultTemplateId: 'deleted-long-ago' });
    const person = await upsertFromRef(db, ref, Date.now());
    const planned = await meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key }), {});
    expect(planned.templateId).toBe('six-steps');
    await expect(meetingHandlers.createMeeting(ask('createMeeting', { personKey: person.key, templateId: 'deleted-long-ago' }), {})).rejects.toThrow(/no agenda template/);
  });

  it('a default that names no model is refused when settings are saved', async () => {
    await expect(settingsHandlers.saveSettings(ask('saveSettings', { patch: { defaultTemplateId: 'gone' } }), {})).rejects.toThrow('There is no agenda model "gone"');
    expect((await settingsHandlers.getSettings({}, {})).defaultTemplateId).toBe('six-steps');
  });
});

describe('importing a template file: all or nothing', () => {
  const importing = (templates: unknown, choices?: Record<string, 'replace' | 'copy' | 'skip'>) =>
    dataHandlers.importTemplates(ask('importTemplates', { text: JSON.stringify(templates), choices }), {});

  it('a file with a good model and one using a built-in id saves nothing, naming the place', async () => {
    await expect(importing([model('door-knock', 'Door knock'), model('six-steps', 'Mine')])).rejects.toThrow('at [1].id: "six-steps" is the id of a built-in model');
    expect(await stored()).toEqual([]);
  });

  it('a file with one invalid model saves none of the others', async () => {
    await expect(importing([model('door-knock', 'Door knock'), { ...model('b', 'B'), steps: [] }])).rejects.toThrow(/at \[1\]\.steps/);
    expect(await stored()).toEqual([]);
  });

  it('an id already in use, or used twice in the file, is named and nothing is saved until each has a choice', async () => {
    await importing([model('door-knock', 'Door knock')]);
    const file = [model('door-knock', 'Door knock v2'), model('house', 'House meeting'), model('house', 'House meeting, short')];
    const first = await importing(file);
    expect(first).toEqual({
      clashes: [
        { index: 0, id: 'door-knock', name: 'Door knock v2', existing: { name: 'Door knock' } },
        { index: 2, id: 'house', name: 'House meeting, short', existing: { name: 'House meeting', inFile: 1 } },
      ],
    });
    // A choice for one clash only: still nothing saved.
    expect(await importing(file, { 0: 'replace' })).toHaveProperty('clashes');
    expect(await stored()).toEqual(['door-knock: Door knock']);
  });

  it('replace, keep both as a copy, and skip each do what they say, all in one go', async () => {
    await importing([model('door-knock', 'Door knock'), model('house', 'House meeting')]);
    const file = [model('door-knock', 'Door knock v2'), model('house', 'House meeting v2'), model('new', 'New one'), model('new', 'New one, again')];
    const result = await importing(file, { 0: 'replace', 1: 'copy', 3: 'skip' });
    expect(result).toMatchObject({ skipped: 1 });
    expect(await stored()).toEqual(['door-knock: Door knock v2', 'house-copy: House meeting v2 (imported copy)', 'house: House meeting', 'new: New one']);
  });

  it('a copy of a model with the longest id and name still fits the limits', async () => {
    const longest = model('i'.repeat(LIMITS.id), 'n'.repeat(LIMITS.templateName));
    await importing([longest]);
    const result = await importing([longest], { 0: 'copy' });
    expect('saved' in result && result.saved[0]).toMatchObject({ id: `${'i'.repeat(LIMITS.id - 5)}-copy` });
    const copy = 'saved' in result ? result.saved[0]! : undefined;
    expect(copy?.name).toHaveLength(LIMITS.templateName);
    expect(await stored()).toHaveLength(2);
  });
});
