import { describe, expect, it, vi } from 'vitest';
import { getDB } from '../../../lib/store/db';
import { kickOutbox } from '../../../lib/background/outbox';
import { nudgePanel } from '../../../lib/background/handlers/panel';
import { personKey, type PersonRef } from '../../../lib/crm/types';
import { showInTab } from './panel-tab';
import { T0 } from '../writeback/fixtures';

// The nudge itself is a broadcast to extension pages; here, who gets one is what matters.
vi.mock('../../../lib/background/handlers/panel', async (original) => ({
  ...(await original<typeof import('../../../lib/background/handlers/panel')>()),
  nudgePanel: vi.fn(async () => undefined),
}));

const maria: PersonRef = { crm: 'nationbuilder', account: 'riverside', crmId: '1201', name: 'María', url: 'https://riverside.nationbuilder.com/admin/signups/1201' };
const lee: PersonRef = { crm: 'nationbuilder', account: 'riverside', crmId: '88', name: 'Lee', url: 'https://riverside.nationbuilder.com/admin/signups/88' };

describe('the outbox and the open panels', () => {
  it('after a run, the panels showing a person with sends look again (a reconnect made elsewhere shows there); others are left alone', async () => {
    await showInTab(maria, 1);
    await showInTab(lee, 2);
    // María's report waits for a connection that needs reconnecting (nothing is due).
    await (await getDB()).put('outbox', {
      id: 'send-1',
      connectionId: 'nationbuilder:riverside',
      meetingId: 'meeting-1',
      personKey: personKey(maria),
      kind: 'report',
      state: 'waiting',
      tries: 1,
      done: [],
      found: {},
      createdAt: T0,
      updatedAt: T0,
    });
    await kickOutbox();
    expect(vi.mocked(nudgePanel).mock.calls).toEqual([[1, 'data']]);
  });
});
