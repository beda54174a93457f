import { expect } from 'vitest';
import type { Journey } from '../driver/types';
import { DAY, HOUR, eventually, local, saveStatus } from './support';

/** A 1:1 in the panel, and the typing that must never be lost. */
export const meetingJourneys: Journey[] = [
  {
    name: 'a whole 1:1: plan, hold it step by step, ask, commit both ways, report back and finish',
    async run(s) {
      const tab = await s.open('http://riverside.nationbuilder.com/admin/signups/1201');
      const side = tab.panel();
      await side.getByRole('button', { name: 'Plan a new 1:1' }).click();

      // Prepare
      await side.getByLabel('How you know them, or who referred you').fill('Met at the tenants’ meeting; Dev referred her');
      await side.getByLabel('Ask 1').fill('Host a house meeting on the 3rd');
      const start = Math.ceil((Date.now() + 5 * DAY) / HOUR) * HOUR;
      await side.getByLabel('Date and time').fill(local(start));
      await side.getByLabel('Place').fill('Café on Main St');
      await eventually(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);

      // Hold, step by step
      await side.getByRole('button', { name: 'Hold' }).click();
      await side.getByRole('button', { name: 'Start the 1:1' }).click();
      await side.getByLabel('Notes: Introduction').fill('Relaxed, asked about the campaign.');
      await side.getByRole('radio', { name: /Green light/ }).check();
      await side.getByRole('button', { name: 'Next step' }).click();
      await side.getByLabel('Notes: Issues and stake').fill('Mould in the bathroom for a year.');
      for (let step = 3; step <= 6; step++) {
        await side.getByRole('button', { name: 'Next step' }).click();
        await eventually(() => side.getByRole('heading', { name: new RegExp(`^Step ${step} of 6`) }).count()).toBe(1);
      }
      await side.getByRole('button', { name: 'Record the ask' }).click();

      // The ask, and a commitment each way
      await eventually(() => side.getByLabel('The ask').inputValue()).toBe('Host a house meeting on the 3rd');
      await side.getByRole('radio', { name: 'Clear yes' }).check();
      await side.getByLabel('What will be done').fill('Host a house meeting');
      await side.getByLabel('Due').fill(local(start + 9 * DAY));
      await side.getByLabel('Goal (what it is for, or how many)').fill('8 neighbours from the building');
      await side.getByRole('button', { name: 'Add commitment' }).click();
      await eventually(() => side.getByRole('status').filter({ hasText: 'Saved: Host a house meeting' }).count()).toBe(1);
      await side.getByRole('radio', { name: 'Mine (my promise)' }).check();
      await side.getByLabel('What will be done').fill('Send the repair survey');
      await side.getByLabel('Due').fill(local(start + 2 * DAY));
      await side.getByRole('button', { name: 'Add commitment' }).click();
      await eventually(() => side.getByRole('status').filter({ hasText: 'Saved: Send the repair survey' }).count()).toBe(1);

      // Report back, pre-filled from the 1:1, and finish
      await side.getByRole('button', { name: 'Go to the report' }).click();
      await eventually(() => side.getByLabel('Notes').inputValue()).toContain('Issues and stake: Mould in the bathroom');
      await side.getByLabel('The issue they care most about').fill('Repairs and mould');
      await side.getByRole('button', { name: 'Finish the 1:1' }).click();

      // Back to the overview: the 1:1 in the history, the follow-ups it set
      await eventually(() => side.getByRole('button', { name: 'Plan a new 1:1' }).count()).toBe(1);
      await eventually(() => side.getByText(/Clear yes to “Host a house meeting on the 3rd”/).count()).toBe(1);
      await eventually(() => side.getByText(/Thank them for the 1:1/).count()).toBe(1);
      expect(s.pageErrors).toEqual([]);
      await tab.close();
    },
  },
  {
    name: 'autosave: notes and a 1:1 in progress come back after a reload and after a browser restart',
    async run(s) {
      const DEV = 'http://riverside.nationbuilder.com/admin/signups/1202';
      const tab = await s.open(DEV);
      const side = tab.panel();
      await side.getByLabel('Notes about Dev Patel').fill('Shift worker: call after 6 pm.');
      await eventually(() => saveStatus(side)).toBe('Saved');
      await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
      await side.getByLabel('Place').fill('Union hall');
      await side.getByRole('button', { name: 'Hold' }).click();
      await side.getByRole('button', { name: 'Start the 1:1' }).click();
      await side.getByRole('button', { name: 'Next step' }).click();
      await side.getByLabel('Notes: Issues and stake').fill('Rent went up 20% this year');
      // Both the notes and the 1:1 say Saved.
      await eventually(() => side.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(2);

      await tab.reload();
      await eventually(() => side.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }).count()).toBe(1);
      expect(await side.getByLabel('Notes: Issues and stake').inputValue()).toBe('Rent went up 20% this year');
      expect(await side.getByLabel('Notes about Dev Patel').inputValue()).toBe('Shift worker: call after 6 pm.');

      await s.restart();
      const again = await s.open(DEV);
      const back = again.panel();
      await eventually(() => back.getByRole('heading', { name: 'Step 2 of 6: Issues and stake' }).count()).toBe(1);
      expect(await back.getByLabel('Notes: Issues and stake').inputValue()).toBe('Rent went up 20% this year');
      expect(await back.getByLabel('Notes about Dev Patel').inputValue()).toBe('Shift worker: call after 6 pm.');
      await back.getByRole('button', { name: 'Prepare' }).click();
      expect(await back.getByLabel('Place').inputValue()).toBe('Union hall');
      await again.close();
    },
  },
];
