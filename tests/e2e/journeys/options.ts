import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Journey } from '../driver/types';
import { eventually, saveStatus } from './support';

/** The options page: settings, and a backup that restores into another browser profile. */
export const optionsJourneys: Journey[] = [
  {
    name: 'options: a saved setting shows; a backup downloaded here restores into a fresh profile, and a bad file is refused',
    async run(s) {
      const options = await s.open(s.extensionUrl('options.html'));
      await options.getByLabel('Your name').fill('Alex Rivera');
      await options.getByRole('button', { name: 'Save settings' }).click();
      await eventually(() => options.getByText('Settings saved.').count()).toBe(1);
      // With the CRM sites allowed, the settled page asks for nothing.
      expect(await options.getByRole('region', { name: 'Allow 1:1 Companion on your CRM sites' }).count()).toBe(0);

      const crm = await s.open('http://riverside.nationbuilder.com/admin/signups/1201');
      await crm.panel().getByLabel('Notes about María José Núñez').fill('Prefers evenings; ask about the repairs campaign.');
      await eventually(() => saveStatus(crm.panel())).toBe('Saved');
      await crm.close();

      await options.reload();
      await eventually(() => options.getByLabel('Your name').inputValue()).toBe('Alex Rivera');
      const backup = await options.download(() => options.getByRole('button', { name: 'Download a backup' }).click());
      expect(backup.filename).toMatch(/^1-1-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(backup.text);
      expect(data.format).toBe('1:1-companion-backup');
      const file = join(s.workDir, 'backup.json');
      await writeFile(file, backup.text);
      const bad = join(s.workDir, 'bad.json');
      await writeFile(bad, JSON.stringify({ ...data, meetings: [{ id: 'x' }] }));
      await options.close();

      const other = await s.fresh();
      try {
        const fresh = await other.open(other.extensionUrl('options.html'));
        await fresh.getByLabel('Backup file').setInputFiles(bad);
        await fresh.getByRole('button', { name: 'Restore' }).click();
        await eventually(() => fresh.getByText(/problem at/).textContent()).toMatch(/meetings\[0\]/);

        await fresh.getByLabel('Backup file').setInputFiles(file);
        await fresh.getByRole('radio', { name: /Replace everything here/ }).check();
        await fresh.getByRole('button', { name: 'Restore' }).click();
        await eventually(() => fresh.getByText(/^Restored: /).textContent()).toMatch(/Restored: \d+ added/);
        await eventually(() => fresh.getByLabel('Your name').inputValue()).toBe('Alex Rivera');

        const restored = await other.open('http://riverside.nationbuilder.com/admin/signups/1201');
        await eventually(() => restored.panel().getByLabel('Notes about María José Núñez').inputValue()).toBe('Prefers evenings; ask about the repairs campaign.');
        expect(other.pageErrors).toEqual([]);
      } finally {
        await other.close();
      }
    },
  },
];
