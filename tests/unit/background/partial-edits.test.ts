import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../lib/background/router';
import { meetingHandlers } from '../../../lib/background/handlers/meetings';
import { personHandlers } from '../../../lib/background/handlers/person';
import { settingsHandlers } from '../../../lib/background/handlers/settings';
import { getDB } from '../../../lib/store/db';
import { upsertFromRef } from '../../../lib/store/people';
import { createMeeting } from '../../../lib/store/meetings';

// Edits arrive as messages naming only the fields that changed; everything else must stay.
// Edits come from the panel page; settings from the options page.
const self = { id: 'ext', url: 'chrome-extension://ext/panel.html', tab: { id: 1 } };
const options = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const ref = { crm: 'nationbuilder' as const, account: 'riverside', crmId: '9', name: 'Ana', url: 'https://riverside.nationbuilder.com/admin/signups/9' };

describe('an edit naming some fields leaves the others alone', () => {
  it('1:1: saving the ask keeps the place and the prep typed earlier', async () => {
    const db = await getDB();
    const person = await upsertFromRef(db, ref, 1);
    await createMeeting(db, { personKey: person.key, templateId: 'six-steps' }, 'm1', 1);
    const first = checkRequest('saveMeeting', { id: 'm1', baseRev: 0, patch: { place: 'Café on Main St', prep: { asks: ['Host a house meeting'] } } }, self, 'ext');
    const { meeting: placed } = await meetingHandlers.saveMeeting(first, {});

    const second = checkRequest('saveMeeting', { id: 'm1', baseRev: placed.rev, patch: { ask: 'Host a house meeting' } }, self, 'ext');
    const { meeting } = await meetingHandlers.saveMeeting(second, {});
    expect(meeting).toMatchObject({ place: 'Café on Main St', ask: 'Host a house meeting', prep: { asks: ['Host a house meeting'] } });
    expect(await db.get('meetings', 'm1')).toMatchObject({ place: 'Café on Main St', ask: 'Host a house meeting' });
  });

  it('person: changing the ladder level keeps their notes', async () => {
    const db = await getDB();
    const person = await upsertFromRef(db, ref, 1);
    const noted = await personHandlers.updatePerson(checkRequest('updatePerson', { key: person.key, baseRev: person.rev, patch: { notes: 'Nurse, nights' } }, self, 'ext'), {});
    const laddered = await personHandlers.updatePerson(checkRequest('updatePerson', { key: person.key, baseRev: noted.person.rev, patch: { ladder: 'hosts' } }, self, 'ext'), {});
    expect(laddered.person).toMatchObject({ notes: 'Nurse, nights', ladder: 'hosts' });
  });

  it('settings: collapsing the panel keeps the organizer name', async () => {
    await settingsHandlers.saveSettings(checkRequest('saveSettings', { patch: { organizerName: 'Sam' } }, options, 'ext'), {});
    const saved = await settingsHandlers.saveSettings(checkRequest('saveSettings', { patch: { panelCollapsed: true } }, options, 'ext'), {});
    expect(saved).toMatchObject({ organizerName: 'Sam', panelCollapsed: true });
  });
});
