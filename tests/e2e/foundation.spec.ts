import { beforeAll, describe, expect, it } from 'vitest';
import { type Browser, browserSuite, launchBrowser, panel } from './harness';

describe('foundation: the panel on a NationBuilder person page', () => {
  const suite = browserSuite();

  it('names the person and keeps a typed note across a reload', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    const side = panel(page);
    await expect.poll(() => side.getByRole('heading', { name: 'María José Núñez' }).count()).toBe(1);

    const notes = side.getByLabel('Notes about María José Núñez');
    await notes.fill('Met at the tenants meeting; cares about repairs.');
    await expect.poll(() => side.getByRole('status').first().textContent()).toBe('Saved');

    await page.reload();
    await expect
      .poll(() => panel(page).getByLabel('Notes about María José Núñez').inputValue())
      .toBe('Met at the tenants meeting; cares about repairs.');
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('answers malformed and unknown messages with a clear error and changes nothing', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/42');
    const notes = panel(page).getByLabel('Notes about Sam Okafor');
    await notes.fill('Original note');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');

    const popup = await suite.browser.open(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    const replies = await popup.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      const key = 'nationbuilder:riverside:id:42';
      return {
        malformed: await send({ id: 1, type: 'snoozeFollowUp', timestamp: Date.now(), data: { id: 5 } }),
        // The popup is an extension page, but a person's notes are the panel's to change.
        outOfPlace: await send({ id: 3, type: 'updatePerson', timestamp: Date.now(), data: { key, baseRev: 99, patch: { notes: 'Overwritten' } } }),
        unknown: await send({ id: 2, type: 'deleteEverything', timestamp: Date.now(), data: {} }),
        untyped: await send({ hello: 'world' }),
      };
    });
    expect(replies.malformed.err.message).toBe('Invalid "snoozeFollowUp" request: "id": Invalid input: expected string, received number');
    expect(replies.outOfPlace.err.message).toBe('Refused "updatePerson": not allowed from an extension page');
    expect(replies.unknown.err.message).toBe('Unknown message type "deleteEverything"');
    expect(replies.untyped.err.message).toContain('Malformed message');

    await page.reload();
    await expect.poll(() => panel(page).getByLabel('Notes about Sam Okafor').inputValue()).toBe('Original note');
  });
});
