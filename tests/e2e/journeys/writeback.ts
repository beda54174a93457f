import { expect } from 'vitest';
import { DEMO, contract, resetContract } from '../../../demo/crm-api/state.mjs';
import type { Journey } from '../driver/types';
import { DAY, eventually, local } from './support';

/** The CRM write-back: connect the demo nation, hold a short 1:1, send it once. */
export const writebackJourneys: Journey[] = [
  {
    name: 'write-back: connect the demo nation, finish a 1:1, see what will go, send it, and exactly one contact arrives',
    async run(s) {
      resetContract();
      const options = await s.open(s.extensionUrl('options.html'));
      const form = options.getByRole('form', { name: 'Connect a CRM account' });
      await form.getByLabel('CRM').selectOption({ label: 'NationBuilder' });
      await form.getByLabel('Nation').fill('riverside');
      await form.getByLabel('API token').fill(DEMO.nationbuilderToken);
      await form.getByRole('button', { name: 'Connect' }).click();
      const card = options.getByRole('article', { name: 'NationBuilder · riverside' });
      await eventually(() => card.count()).toBe(1);
      await eventually(() => card.textContent()).toContain('Connected as Alex Rivera');

      const tab = await s.open('http://riverside.nationbuilder.com/admin/signups/42');
      const side = tab.panel();
      await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
      await side.getByLabel('Ask 1').fill('Host a house meeting on the 3rd');
      await side.getByRole('button', { name: 'Start the 1:1' }).click();
      await eventually(() => side.getByRole('heading', { name: 'Step 1 of 6: Introduction' }).count()).toBe(1);
      for (let step = 2; step <= 5; step++) {
        await side.getByRole('button', { name: 'Next step' }).click();
        await eventually(() => side.getByRole('heading', { name: new RegExp(`^Step ${step} of 6`) }).count()).toBe(1);
      }
      await eventually(() => side.getByLabel('The ask').inputValue()).toBe('Host a house meeting on the 3rd');
      await side.getByLabel('By when').fill(local(Date.now() + 9 * DAY));
      await side.getByLabel('What it is for (the goal)').fill('8 neighbours');
      await side.getByRole('radio', { name: 'Clear yes' }).check();
      await side.getByRole('button', { name: 'Add as their commitment' }).click();
      await eventually(() => side.getByText(/Recorded as their commitment/).count()).toBe(1);
      await side.getByRole('button', { name: 'Next step' }).click();
      await side.getByRole('button', { name: 'Go to the report' }).click();
      await side.getByLabel('The issue they care most about').fill('Repairs and mould');
      await side.getByRole('button', { name: 'Finish the 1:1' }).click();

      // The first send on a connection waits for the organizer to see what will go.
      const preview = side.getByRole('region', { name: /First send to NationBuilder · riverside/ });
      await eventually(() => preview.count()).toBe(1);
      expect(await preview.textContent()).toContain('POST https://riverside.nationbuilder.com/api/v2/contacts');
      expect(contract.contacts).toEqual([]);
      await preview.getByRole('button', { name: 'Send it' }).click();
      await eventually(() => side.getByText(/^Sent to NationBuilder · riverside on /).count()).toBe(1);
      const sent = contract.contacts.filter((c) => c.signup_id === '42');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ signup_id: '42', author_id: DEMO.organizer.id });
      expect(sent[0]!.content).toContain('1:1 with Sam Okafor on');
      expect(sent[0]!.content).toContain('The ask: Host a house meeting on the 3rd');
      expect(s.pageErrors).toEqual([]);
      await tab.close();
      await options.close();
    },
  },
];
