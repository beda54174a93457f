import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSuite, launchBrowser, scratchDir, panel } from './harness';

// The limits the schemas set (lib/limits.ts): one-line answers, notes, names of models.
const SHORT = 500;
const LONG = 50_000;
const TEMPLATE_NAME = 120;
/** The longest text a field takes, labelled so that each field's text is its own. */
const longest = (label: string, length: number) => `${label} ${'x'.repeat(length - label.length - 1)}`;
/** A datetime-local value for a UTC time (the test browser runs in UTC). */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const DAY = 86_400_000;

describe('what the extension writes, it reads back', () => {
  const suite = browserSuite();
  const scratch = scratchDir();
  const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;

  it('a backup made after typing the longest allowed text everywhere restores through the options page', { timeout: 120_000 }, async () => {
    const options = await suite.browser.open(optionsUrl(suite.browser.extensionId));
    await options.getByLabel('Your name').fill(longest('Organizer', SHORT));
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Settings saved.');
    await options.getByRole('button', { name: 'Copy Six steps' }).click();
    await options.getByLabel('Template name').fill(longest('Model', TEMPLATE_NAME));
    await options.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => options.getByRole('list', { name: 'Agenda models' }).textContent()).toContain(longest('Model', TEMPLATE_NAME));

    const crm = await suite.browser.open('http://riverside.nationbuilder.com/admin/signups/1201');
    const side = panel(crm);
    const notes = longest('Person notes', LONG);
    await side.getByLabel('Notes about María José Núñez').fill(notes);
    await expect.poll(() => side.getByRole('status').first().textContent()).toMatch(/Saved/);

    await side.getByRole('button', { name: 'Plan a new 1:1' }).click();
    await side.getByLabel('Agenda model').selectOption({ label: longest('Model', TEMPLATE_NAME) });
    await side.getByLabel('How you know them, or who referred you').fill(longest('Relationship', SHORT));
    await side.getByLabel('What you already know about them').fill(longest('Known', LONG));
    await side.getByLabel('What you will share of your own story, and why').fill(longest('Story', LONG));
    await side.getByLabel('Questions you want to ask').fill(longest('Questions', LONG));
    for (const n of [1, 2, 3]) await side.getByLabel(`Ask ${n}`).fill(longest(`Ask ${n}`, SHORT));
    await side.getByLabel('Date and time').fill(local(Date.now() + 5 * DAY));
    await side.getByLabel('Place').fill(longest('Place', SHORT));
    await side.getByLabel('Access or food needs').fill(longest('Logistics', SHORT));

    await side.getByRole('button', { name: 'Hold' }).click();
    await side.getByRole('button', { name: 'Start the 1:1' }).click();
    await side.getByLabel('Notes: Introduction').fill(longest('Step notes', LONG));
    // Through the agenda to the model's ask step: the ask starts from the first prepared one.
    const next = side.getByRole('button', { name: 'Next step' });
    for (let step = 1; step < 5; step++) await next.click();
    await expect.poll(() => side.getByRole('heading', { name: 'Step 5 of 6: The ask' }).count()).toBe(1);
    expect(await side.getByLabel('The ask', { exact: true }).inputValue()).toBe(longest('Ask 1', SHORT));
    await side.getByLabel('What it is for (the goal)').fill(longest('Ask goal', SHORT));
    // The next step sums up the commitments.
    await next.click();
    await expect.poll(() => side.getByRole('heading', { name: 'Step 6 of 6: Next steps' }).count()).toBe(1);
    const what = longest('Host a house meeting', SHORT);
    await side.getByLabel('What will be done').fill(what);
    await side.getByLabel('Due', { exact: true }).fill(local(Date.now() + 9 * DAY));
    await side.getByLabel('What it is for, or how many').fill(longest('Goal', SHORT));
    await side.getByRole('button', { name: 'Add their commitment' }).click();
    await expect.poll(() => side.getByRole('status').filter({ hasText: 'Saved: Host a house meeting' }).count()).toBe(1);

    await side.getByRole('button', { name: 'Report back' }).click();
    await side.getByLabel('What you learned (about them, the neighbourhood, the strategy)').fill(longest('Learned', LONG));
    await side.getByLabel('The issue they care most about').fill(longest('Issue', SHORT));
    await side.getByLabel('Their story, in brief').fill(longest('Their story', LONG));
    await side.getByLabel('Skills, experience, resources, contacts').fill(longest('Skills', LONG));
    await side.getByLabel('What they would enjoy doing').fill(longest('Enjoys', SHORT));
    await side.getByLabel('Best way to reach them').fill(longest('Best way', SHORT));
    await side.getByLabel('Access needs').fill(longest('Access', SHORT));
    await side.getByLabel('People to talk with next (one per line: name, contact)').fill(`${longest('Referral', 200)}, ${longest('Contact', SHORT)}`);
    await side.getByLabel('Staff debrief with').fill(longest('Staff', SHORT));
    await side.getByLabel('Debrief date and time').fill(local(Date.now() + 3 * DAY));
    await side.getByLabel('Notes', { exact: true }).fill(longest('Report notes', LONG));
    await side.getByRole('button', { name: 'Finish the 1:1' }).click();
    await expect.poll(() => side.getByRole('button', { name: 'Prepare the next 1:1' }).count(), { timeout: 15_000 }).toBe(1);
    await crm.close();

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download a backup' }).click();
    const file = join(scratch.path, 'longest.json');
    await (await downloading).saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    // Titles the follow-ups were given from that text stay within the limit.
    const titles: string[] = backup.followups.map((f: { title: string }) => f.title);
    expect(titles.some((t) => t.startsWith('Was it kept? Host a house meeting'))).toBe(true);
    expect(Math.max(...titles.map((t) => t.length))).toBe(SHORT);
    await options.close();

    const other = await launchBrowser(suite.server);
    try {
      const fresh = await other.open(optionsUrl(other.extensionId));
      await fresh.getByLabel('Backup file').setInputFiles(file);
      await fresh.getByRole('radio', { name: /Replace everything here/ }).check();
      await fresh.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => fresh.getByText(/^Restored: /).textContent(), { timeout: 20_000 }).toMatch(/^Restored: \d+ added, 0 updated/);
      await expect.poll(() => fresh.getByLabel('Your name').inputValue()).toBe(longest('Organizer', SHORT));

      const restored = await other.open('http://riverside.nationbuilder.com/admin/signups/1201');
      await expect.poll(() => panel(restored).getByLabel('Notes about María José Núñez').inputValue()).toBe(notes);
      await expect.poll(() => panel(restored).getByText(/^Was it kept\? Host a house meeting/).count()).toBeGreaterThan(0);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close({ removeProfile: true });
    }
  });

  it('importing templates whose ids are taken shows the choice, and saves nothing until it is made', async () => {
    const page = await suite.browser.open(optionsUrl(suite.browser.extensionId));
    await page.getByRole('button', { name: 'Copy Story, Learn, Explain, Explore, Ask' }).click();
    await page.getByRole('button', { name: 'Save template' }).click();
    const models = page.getByRole('list', { name: 'Agenda models' });
    await expect.poll(() => models.textContent()).toContain('Story, Learn, Explain, Explore, Ask (my copy)');

    const step = { id: 'hello', title: 'Hello', goal: 'Say who you are and why you asked to meet.', prompts: ['What brought you here?'] };
    const file = join(scratch.path, 'models.json');
    await writeFile(file, JSON.stringify([
      { id: 'story-learn-copy', name: 'Story first, from the team', steps: [step] },
      { id: 'door-knock', name: 'Door knock', steps: [step] },
    ]));
    await page.getByLabel('Import templates (JSON)').setInputFiles(file);
    const clash = page.getByRole('radiogroup', { name: '“Story first, from the team” (story-learn-copy) has the same id as your model “Story, Learn, Explain, Explore, Ask (my copy)”.' });
    await expect.poll(() => clash.count()).toBe(1);
    const importButton = page.getByRole('button', { name: 'Import with these choices' });
    expect(await importButton.isDisabled()).toBe(true);
    // Nothing saved yet, not even the model that clashes with nothing.
    expect(await models.textContent()).not.toContain('Door knock');
    const stored = await page.evaluate(async () => (await chrome.runtime.sendMessage({ id: 1, type: 'listTemplates', data: {}, timestamp: Date.now() })).res.map((t: { name: string }) => t.name));
    expect(stored).not.toContain('Door knock');

    await clash.getByRole('radio', { name: 'Keep both (import this one as a copy)' }).check();
    await importButton.click();
    await expect.poll(() => page.getByText(/^Imported /).textContent()).toBe('Imported “Story first, from the team (imported copy)”, “Door knock”.');
    const text = await models.textContent();
    expect(text).toContain('Story, Learn, Explain, Explore, Ask (my copy)');
    expect(text).toContain('Story first, from the team (imported copy)');
    expect(text).toContain('Door knock');
    await page.close();
  });

  it('a big restore shows how many records are in so far, of how many', async () => {
    const now = Date.now();
    const people = [];
    const followups = [];
    for (let p = 0; p < 2000; p++) {
      const key = `nationbuilder:bulk:id:${p}`;
      people.push({ key, crm: 'nationbuilder', account: 'bulk', crmId: String(p), name: `Person ${p}`, url: `http://bulk.nationbuilder.com/admin/signups/${p}`, createdAt: now, updatedAt: now });
      for (let f = 0; f < 10; f++) {
        followups.push({ id: `${key}:f${f}`, personKey: key, kind: 'custom', title: 'Call back', dueAt: now + (f + 1) * DAY, status: 'open', createdAt: now, updatedAt: now });
      }
    }
    const file = join(scratch.path, 'big.json');
    await writeFile(file, JSON.stringify({ format: '1:1-companion-backup', version: 1, exportedAt: now, people, meetings: [], commitments: [], followups, templates: [], settings: {} }));
    const page = await suite.browser.open(optionsUrl(suite.browser.extensionId));
    await page.getByLabel('Backup file').setInputFiles(file);
    // Every progress text the page shows while the restore runs, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('label[for="restore-progress"]')?.textContent;
        if (label && seen.at(-1) !== label) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByText(/^Restored: /).textContent(), { timeout: 30_000 }).toBe('Restored: 22,000 added, 0 updated, 0 already up to date.');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('Checking the backup file…');
    expect(seen.slice(1).every((text) => /^Restoring: [\d,]+ of 22,000 records$/.test(text))).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.close();
  });
});
