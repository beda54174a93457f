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

      // Prepare and schedule
      await side.getByLabel('How you know them, or who referred you').fill('Met at the tenants’ meeting; Dev referred her');
      await side.getByLabel('Ask 1').fill('Host a house meeting on the 3rd');
      // Five days ahead at 14:00: its reminders fall in working hours whenever this runs.
      const start = Math.floor((Date.now() + 5 * DAY) / DAY) * DAY + 14 * HOUR;
      await side.getByLabel('Date and time').fill(local(start));
      await side.getByLabel('Place').fill('Café on Main St');
      await eventually(() => side.getByText('Confirm the 1:1, 2 days ahead').count()).toBe(1);

      // Hold, step by step
      await side.getByRole('button', { name: 'Start the 1:1' }).click();
      await eventually(() => side.getByRole('heading', { name: 'Step 1 of 6: Introduction' }).count()).toBe(1);
      await side.getByLabel('Notes: Introduction').fill('Relaxed, asked about the campaign.');
      await side.getByRole('button', { name: 'Next step' }).click();
      await side.getByLabel('Notes: Issues and stake').fill('Mould in the bathroom for a year.');
      for (let step = 3; step <= 5; step++) {
        await side.getByRole('button', { name: 'Next step' }).click();
        await eventually(() => side.getByRole('heading', { name: new RegExp(`^Step ${step} of 6`) }).count()).toBe(1);
      }

      // The ask, where the model makes it, with the prepared ask already there; their commitment
      await eventually(() => side.getByLabel('The ask').inputValue()).toBe('Host a house meeting on the 3rd');
      await side.getByLabel('By when').fill(local(start + 9 * DAY));
      await side.getByLabel('What it is for (the goal)').fill('8 neighbours from the building');
      await side.getByRole('radio', { name: 'Clear yes' }).check();
      await side.getByRole('button', { name: 'Add as their commitment' }).click();
      await eventually(() => side.getByText(/Recorded as their commitment/).count()).toBe(1);

      // Next steps: my own promise
      await side.getByRole('button', { name: 'Next step' }).click();
      await side.getByLabel('What will be done').fill('Send the repair survey');
      await side.getByLabel('Due').fill(local(start + 2 * DAY));
      await side.getByRole('button', { name: 'Add my promise' }).click();
      await eventually(() => side.getByRole('status').filter({ hasText: 'Saved: Send the repair survey' }).count()).toBe(1);

      // Report back, pre-filled from the 1:1, and finish
      await side.getByRole('button', { name: 'Go to the report' }).click();
      await eventually(() => side.getByLabel('Notes').inputValue()).toContain('Issues and stake: Mould in the bathroom');
      await side.getByLabel('The issue they care most about').fill('Repairs and mould');
      await side.getByRole('button', { name: 'Finish the 1:1' }).click();

      // Back to the overview: the 1:1 in the history, the follow-ups it set
      await eventually(() => side.getByText(/1:1 recorded as held on/).count()).toBe(1);
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
