import { expect } from 'vitest';
import type { Journey } from '../driver/types';
import { eventually, personName, saveStatus, sleep } from './support';

/** The panel on each CRM's demo pages: who it names, what it keeps apart, where it stays away. */
export const crmPageJourneys: Journey[] = [
  {
    name: 'NationBuilder: names the person on a sub-page, keeps two nations apart, stays off the index',
    async run(s) {
      const tab = await s.open('http://riverside.nationbuilder.com/admin/signups/42/addresses/home?tab=1');
      const side = tab.panel();
      await eventually(() => personName(side)).toBe('Sam Okafor');
      await side.getByLabel('Notes about Sam Okafor').fill('Riverside Sam: parent at Lincoln Elementary.');
      await eventually(() => saveStatus(side)).toBe('Saved');

      await tab.goto('http://hillcrest.nationbuilder.com/admin/signups/42');
      await eventually(() => personName(side)).toBe('Jordan Lee');
      expect(await side.getByLabel('Notes about Jordan Lee').inputValue()).toBe('');

      await tab.goto('http://riverside.nationbuilder.com/admin/signups/42/edit');
      await eventually(() => side.getByLabel('Notes about Sam Okafor').inputValue()).toBe('Riverside Sam: parent at Lincoln Elementary.');

      await tab.goto('http://riverside.nationbuilder.com/admin/signups');
      await sleep(500);
      expect(await side.count()).toBe(0);
      expect(s.pageErrors).toEqual([]);
      await tab.close();
    },
  },
  {
    name: 'Action Network: a record with an id, and one known only by its email',
    async run(s) {
      const tab = await s.open('http://actionnetwork.org/user_search/group/eastside-tenants');
      const side = tab.panel();
      await tab.getByRole('row', { name: /Zoë Ángeles-Wright/ }).getByRole('link', { name: 'View Record' }).click();
      await eventually(() => personName(side)).toBe('Zoë Ángeles-Wright');
      expect(await side.getByText('zoe.aw@example.org').count()).toBe(1);

      await tab.back();
      await tab.getByRole('row', { name: /Kenji Brown/ }).getByRole('link', { name: 'View Record' }).click();
      await eventually(() => personName(side)).toBe('Kenji Brown');
      await eventually(() => side.getByText(/Recognized by email address/).count()).toBe(1);
      await side.getByLabel('Notes about Kenji Brown').fill('Known by email only.');
      await eventually(() => saveStatus(side)).toBe('Saved');
      await tab.reload();
      await eventually(() => side.getByLabel('Notes about Kenji Brown').inputValue()).toBe('Known by email only.');
      await tab.close();
    },
  },
  {
    name: 'Action Builder: follows the app’s in-page navigation between people and away from them',
    async run(s) {
      const tab = await s.open('http://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7');
      const side = tab.panel();
      await eventually(() => personName(side)).toBe('Fatima Haddad');
      await side.getByLabel('Notes about Fatima Haddad').fill('Fatima: shop steward, Building A.');
      await eventually(() => saveStatus(side)).toBe('Saved');

      const entries = await tab.evaluate(() => history.length);
      await tab.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Tomás Quiñones' }).click();
      await eventually(() => personName(side)).toBe('Tomás Quiñones');
      expect(await tab.url()).toContain('/entity/view/302/profile');
      expect(await tab.evaluate(() => history.length)).toBe(entries + 1); // the app moved, the page did not load
      expect(await side.getByLabel('Notes about Tomás Quiñones').inputValue()).toBe('');

      await tab.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'All people' }).click();
      await eventually(() => side.count()).toBe(0);
      await tab.back();
      await eventually(() => personName(side)).toBe('Tomás Quiñones');
      await tab.back();
      await eventually(() => side.getByLabel('Notes about Fatima Haddad').inputValue()).toBe('Fatima: shop steward, Building A.');
      expect(s.pageErrors).toEqual([]);
      await tab.close();
    },
  },
];
