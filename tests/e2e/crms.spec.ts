import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, browserSuite, launchBrowser, panel, panelFrame, panelFrameElement, panelRail, personName } from './harness';

const shotsDir = process.env.OCC_SHOTS;
const shot = async (page: Page, name: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png` });
};
const hasHost = (page: Page) => page.locator('one-on-one-companion').count();

describe('recognizing the person on each CRM', () => {
  const suite = browserSuite();

  it('NationBuilder: person pages and sub-pages, nothing on dedupe or the index, two nations apart', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/42/addresses/home?tab=1');
    await expect.poll(() => personName(page)).toBe('Sam Okafor');
    await panel(page).getByLabel('Notes about Sam Okafor').fill('Riverside Sam: parent at Lincoln Elementary.');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');

    await page.goto('http://hillcrest.nationbuilder.com/admin/signups/42');
    await expect.poll(() => personName(page)).toBe('Jordan Lee');
    expect(await panel(page).getByLabel('Notes about Jordan Lee').inputValue()).toBe('');

    await page.goto('http://riverside.nationbuilder.com/admin/signups/42/edit');
    await expect.poll(() => panel(page).getByLabel('Notes about Sam Okafor').inputValue()).toBe('Riverside Sam: parent at Lincoln Elementary.');

    for (const href of ['http://riverside.nationbuilder.com/admin/signups/dedupe', 'http://riverside.nationbuilder.com/admin/signups']) {
      await page.goto(href);
      await page.waitForLoadState('load');
      await new Promise((done) => setTimeout(done, 300));
      expect(await hasHost(page)).toBe(0);
    }
    // Markup in a name is shown as text and never runs.
    await page.goto('http://riverside.nationbuilder.com/admin/signups/77');
    await expect.poll(() => personName(page)).toBe('Alex <b>Bold</b> <img src=x onerror="window.__pwned=1">Reyes');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('Action Network: a record with an id, a record known only by email, and no panel on search', async () => {
    const page = await suite.browser.open('http://actionnetwork.org/user_search/group/eastside-tenants');
    await page.waitForLoadState('load');
    await new Promise((done) => setTimeout(done, 300));
    expect(await hasHost(page)).toBe(0);

    await page.getByRole('row', { name: /Zoë Ángeles-Wright/ }).getByRole('link', { name: 'View Record' }).click();
    await expect.poll(() => personName(page)).toBe('Zoë Ángeles-Wright');
    expect(await panel(page).getByText('zoe.aw@example.org').count()).toBe(1);
    await shot(page, 'crm-actionnetwork');

    await page.goBack();
    await page.getByRole('row', { name: /Kenji Brown/ }).getByRole('link', { name: 'View Record' }).click();
    await expect.poll(() => personName(page)).toBe('Kenji Brown');
    await expect.poll(() => panel(page).getByText(/Recognized by email address/).count()).toBe(1);
    await panel(page).getByLabel('Notes about Kenji Brown').fill('Known by email only.');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');
    await page.reload();
    await expect.poll(() => panel(page).getByLabel('Notes about Kenji Brown').inputValue()).toBe('Known by email only.');
    await page.close();
  });

  it('when the page cannot be read, says so, shows what it found and offers a manual way on', async () => {
    const page = await suite.browser.open('http://actionnetwork.org/user_search/group/eastside-tenants/view?record=unknown');
    const side = panel(page);
    await expect.poll(() => side.getByRole('alert').first().textContent()).toMatch(/could not identify the person.*no id and the page shows no email/);
    await side.getByRole('button', { name: 'Open the panel for this person' }).click();
    await expect.poll(() => side.getByText('This page gives no id, so enter their email address').count()).toBe(1);
    await side.getByLabel('Their name').fill('Rosa Diaz');
    await side.getByLabel('Their email address').fill('rosa.diaz@example.org');
    await side.getByRole('button', { name: 'Open the panel for this person' }).click();
    await expect.poll(() => personName(page)).toBe('Rosa Diaz');
    await expect.poll(() => side.getByLabel('Notes about Rosa Diaz').count()).toBe(1);
    await page.close();
  });

  it('Action Builder: follows in-page navigation, switching people and leaving non-person pages', async () => {
    const page = await suite.browser.open('http://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7');
    await expect.poll(() => personName(page)).toBe('Fatima Haddad');
    await panel(page).getByLabel('Notes about Fatima Haddad').fill('Fatima: shop steward, Building A.');
    await expect.poll(() => panel(page).getByRole('status').first().textContent()).toBe('Saved');

    // Watch what the panel names while the app changes person, sample by sample.
    await page.evaluate(() => {
      const seen: [string, string][] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const sample = () => {
        const name = document.querySelector('one-on-one-companion')?.shadowRoot?.querySelector('#occ-person-name')?.textContent ?? '';
        seen.push([location.pathname, name]);
        requestAnimationFrame(sample);
      };
      sample();
    });
    const navigated = await page.evaluate(() => window.history.length);
    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Tomás Quiñones' }).click();
    await expect.poll(() => personName(page)).toBe('Tomás Quiñones');
    expect(page.url()).toContain('/entity/view/302/profile');
    expect(await page.evaluate(() => window.history.length)).toBe(navigated + 1); // no page load
    const seen = await page.evaluate(() => (window as unknown as { __seen: [string, string][] }).__seen);
    expect(seen.filter(([path, name]) => path.includes('/302/') && name === 'Fatima Haddad')).toEqual([]);
    expect(await panel(page).getByLabel('Notes about Tomás Quiñones').inputValue()).toBe('');
    await shot(page, 'crm-actionbuilder');

    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'All people' }).click();
    await expect.poll(() => hasHost(page)).toBe(0);
    await page.goBack();
    await expect.poll(() => personName(page)).toBe('Tomás Quiñones');
    await page.goBack();
    await expect.poll(() => panel(page).getByLabel('Notes about Fatima Haddad').inputValue()).toBe('Fatima: shop steward, Building A.');

    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: /Robin Ng/ }).click();
    await expect.poll(() => personName(page)).toBe('<script>alert(1)</script> Robin Ng');

    // The same entity id in another organization is someone else.
    await page.goto('http://southside-union.actionbuilder.org/entity/view/301/profile?campaignId=7');
    await expect.poll(() => personName(page)).toBe('Grace Mwangi');
    expect(await panel(page).getByLabel('Notes about Grace Mwangi').inputValue()).toBe('');
    await page.close();
  });

  it('keeps its look under a hostile host stylesheet, leaves the host alone, and folds away when asked', async () => {
    const page = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    await expect.poll(() => personName(page)).toBe('María José Núñez');
    const aside = panel(page);
    // The frame's place on the page, and the panel's look inside it.
    const look = async () => {
      const box = (await panelFrameElement(page).boundingBox())!;
      const inside = await aside.evaluate((el) => {
        const s = getComputedStyle(el.querySelector('h2')!);
        return { font: s.fontSize, color: s.color, bg: getComputedStyle(el).backgroundColor };
      });
      return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height), ...inside };
    };
    const before = await look();
    // Docked to the right edge, beside the page's scrollbar.
    expect(before.x + before.width).toBe(await page.evaluate(() => document.documentElement.clientWidth));
    // The host's own styles are untouched by the panel.
    const hostLook = () => page.evaluate(() => ({ h1: getComputedStyle(document.querySelector('h1')!).fontSize, save: getComputedStyle(document.querySelector('.save')!).backgroundColor }));
    expect(await hostLook()).toEqual({ h1: '24px', save: 'rgb(46, 125, 50)' });

    await page.addStyleTag({
      content: `*, *::before, *::after { color: red !important; background: yellow !important; font: 31px/3 serif !important; margin: 9px !important; padding: 9px !important; border: 5px solid lime !important; letter-spacing: 4px !important; text-transform: uppercase !important; width: auto !important; transform: rotate(3deg) !important; }
        div, aside, section, h2, button, textarea, iframe, [role], [class] { display: none !important; visibility: hidden !important; position: static !important; }
        one-on-one-companion { display: none !important; position: absolute !important; left: -9999px !important; }`,
    });
    await new Promise((done) => setTimeout(done, 100));
    expect(await look()).toEqual(before);
    await shot(page, 'crm-hostile-styles');
    await page.reload();
    await expect.poll(() => personName(page)).toBe('María José Núñez');

    // Folds to a tab, stays folded on the next page, and the CRM's button is reachable.
    await aside.getByRole('button', { name: 'Hide panel' }).click();
    const tab = { count: () => panelRail(page).count(), click: () => panelRail(page).click() };
    await expect.poll(() => tab.count()).toBe(1);
    await page.goto('http://riverside.nationbuilder.com/admin/signups/1202');
    await expect.poll(() => tab.count()).toBe(1);
    expect(await panel(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Save person' }).click({ trial: true, timeout: 2000 });
    // The keyboard shortcut opens and hides it again.
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => personName(page)).toBe('Dev Patel');
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => tab.count()).toBe(1);
    await tab.click();
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(suite.browser.pageErrors).toEqual([]);
    await page.close();
  });
});
