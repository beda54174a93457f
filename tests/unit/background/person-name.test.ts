import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../lib/background/router';
import { panelSender, showInTab } from './panel-tab';
import { personHandlers } from '../../../lib/background/handlers/person';

// The panel's messages, checked and handled as the background does.
const self = panelSender;
const misread = {
  crm: 'nationbuilder' as const,
  account: 'riverside',
  crmId: '1301',
  name: 'Riverside Tenants Union',
  email: 'renee.do@example.org',
  emailOptedOut: true,
  url: 'https://riverside.nationbuilder.com/admin/signups/1301',
};
const view = async (ref = misread) => {
  await showInTab(ref);
  return personHandlers.getPersonView(checkRequest('getPersonView', {}, self, 'ext'), panelSender);
};
const correct = (key: string, name: string) => personHandlers.correctPersonName(checkRequest('correctPersonName', { key, name }, self, 'ext'), {});

describe('correcting a misread name through the protocol', () => {
  it('the next page view shows the correction, with the opted-out mark the page gave', async () => {
    const { person } = await view();
    expect(person).toMatchObject({ name: 'Riverside Tenants Union', emailOptedOut: true });
    await correct(person.key, 'Renée Díaz-Okoro');
    expect((await view()).person).toMatchObject({ name: 'Renée Díaz-Okoro', nameFromPage: 'Riverside Tenants Union', emailOptedOut: true });
    expect((await view({ ...misread, name: 'Renée Díaz' })).person.name).toBe('Renée Díaz');
  });

  it('refuses a name longer than a name may be, and a request with extra fields', async () => {
    const { person } = await view();
    expect(() => checkRequest('correctPersonName', { key: person.key, name: 'x'.repeat(201) }, self, 'ext')).toThrow(/"name": Keep the name under 200 characters/);
    expect(() => checkRequest('correctPersonName', { key: person.key, name: 'A', nameFromPage: 'B' }, self, 'ext')).toThrow(/Unrecognized key/);
    await expect(correct('nationbuilder:riverside:id:0', 'A')).rejects.toThrow(/No person is stored/);
  });
});
