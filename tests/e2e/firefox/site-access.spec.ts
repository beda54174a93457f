import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './harness';
import { eventually, personName, sleep } from '../journeys/support';

const NOTICE = 'Allow 1:1 Companion on your CRM sites';

// Firefox only: Manifest V3 host permissions are opt-in there. Firefox grants them at install
// unless extensions.originControls.grantByDefault is off, so this browser installs the
// extension the way a person who has not allowed the CRM sites has it. The permission prompt
// itself is Firefox's own window, which WebDriver cannot answer: with
// extensions.webextOptionalPermissionPrompts off, Firefox answers Allow for the person, and
// still refuses a request made outside a click, which is what the button must get right.
describe('Firefox: the CRM sites not allowed yet', () => {
  const suite = firefoxSuite({
    prefs: { 'extensions.originControls.grantByDefault': false, 'extensions.webextOptionalPermissionPrompts': false },
  });

  it('the popup and options say so and ask; once allowed, the open CRM tab gets its panel; withdrawn, the notice is back', async () => {
    const s = suite.session;
    const crm = await s.open('http://riverside.nationbuilder.com/admin/signups/1201');
    await sleep(1_000);
    expect(await crm.panel().count()).toBe(0);

    const popup = await s.open(s.extensionUrl('popup.html'));
    const notice = popup.getByRole('region', { name: NOTICE });
    await eventually(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('has not allowed the extension on NationBuilder, Action Network, and Action Builder');
    const options = await s.open(s.extensionUrl('options.html'));
    await eventually(() => options.getByRole('region', { name: NOTICE }).count()).toBe(1);

    // Asked for outside a click, Firefox refuses without a prompt.
    const uncalled = await popup.evaluate(() =>
      browser.permissions.request({ origins: browser.runtime.getManifest().host_permissions ?? [] }).then(String, (e: Error) => e.message),
    );
    expect(uncalled).toBe('permissions.request may only be called from a user input handler');

    await popup.getByRole('button', { name: 'Allow on CRM sites' }).click();
    await eventually(() => notice.count()).toBe(0);
    await eventually(() => options.getByRole('region', { name: NOTICE }).count()).toBe(0);
    // The tab that was already open gets the panel without a reload.
    await eventually(() => personName(crm.panel())).toBe('María José Núñez');

    // Withdrawn again (about:addons → Permissions): both pages say so at once.
    await popup.evaluate(() => browser.permissions.remove({ origins: browser.runtime.getManifest().host_permissions ?? [] }));
    await eventually(() => notice.count()).toBe(1);
    await eventually(() => options.getByRole('region', { name: NOTICE }).count()).toBe(1);
  });
});

declare const browser: typeof chrome;
