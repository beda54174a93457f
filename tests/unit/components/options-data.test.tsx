import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TemplatesSection } from '../../../components/options/TemplatesSection';
import { DataSection } from '../../../components/options/DataSection';
import { planTemplateImport, type TemplateChoice } from '../../../lib/rules/template-import';
import type { ImportTemplatesResult } from '../../../lib/protocol/data';
import type { RestoreProgressNote } from '../../../lib/restore-progress';
import { builtInTemplates } from '../../../lib/templates/builtin';
import type { Template } from '../../../lib/model';

const model = (id: string, name: string): Template => ({ ...builtInTemplates[1]!, id, name, builtIn: false });

/** A background holding `mine`, answering imports the way the real one plans them. */
function templatesBackground(mine: Template[]) {
  const saved: Template[][] = [];
  const onImport = vi.fn(async (text: string, choices?: Record<string, TemplateChoice>): Promise<ImportTemplatesResult> => {
    const plan = planTemplateImport(JSON.parse(text), mine, choices ?? {}, (t) => `${t.name} (imported copy)`);
    if ('clashes' in plan) return plan;
    saved.push(plan.save);
    return { saved: plan.save, skipped: plan.skipped };
  });
  return { saved, onImport };
}

const pick = (file: Template[]) => {
  const input = screen.getByLabelText('Import templates (JSON)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'models.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
};

describe('importing templates on the options page', () => {
  it('names each clash, saves nothing until every clash has a choice, then saves what was chosen', async () => {
    const mine = [model('door-knock', 'Door knock')];
    const background = templatesBackground(mine);
    render(<TemplatesSection templates={[...builtInTemplates, ...mine]} onSave={async () => undefined} onDelete={async () => undefined} onImport={background.onImport} />);
    pick([model('door-knock', 'Door knock v2'), model('house', 'House meeting'), model('house', 'House meeting, short')]);

    const first = await screen.findByRole('radiogroup', { name: '“Door knock v2” (door-knock) has the same id as your model “Door knock”.' });
    const second = screen.getByRole('radiogroup', { name: '“House meeting, short” (house) has the same id as “House meeting”, earlier in this file.' });
    expect(screen.getByRole('status').textContent).toMatch(/^Nothing is imported yet/);
    const importButton = screen.getByRole('button', { name: 'Import with these choices' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(first).getByRole('radio', { name: 'Keep both (import this one as a copy)' }));
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    expect(background.saved).toEqual([]);
    fireEvent.click(within(second).getByRole('radio', { name: 'Skip this one' }));
    fireEvent.click(importButton);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported “Door knock v2 (imported copy)”, “House meeting”; skipped one model.'));
    expect(background.saved.map((list) => list.map((t) => t.id))).toEqual([['door-knock-copy', 'house']]);
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('cancelling the choice saves nothing', async () => {
    const mine = [model('door-knock', 'Door knock')];
    const background = templatesBackground(mine);
    render(<TemplatesSection templates={[...builtInTemplates, ...mine]} onSave={async () => undefined} onDelete={async () => undefined} onImport={background.onImport} />);
    pick([model('door-knock', 'Door knock v2')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the import' }));
    expect(screen.getByRole('status').textContent).toBe('Import cancelled. Nothing was saved.');
    expect(background.saved).toEqual([]);
    expect(background.onImport).toHaveBeenCalledTimes(1);
  });
});

describe('restoring a big backup on the options page', () => {
  it('shows the records written so far, of how many, while the restore runs', async () => {
    let progress: (note: RestoreProgressNote) => void = () => undefined;
    let finish: () => void = () => undefined;
    const importBackup = vi.fn((_text: string, _mode: 'merge' | 'replace', onProgress: (note: RestoreProgressNote) => void) => {
      progress = onProgress;
      return new Promise<{ added: number; updated: number; unchanged: number }>((resolve) => {
        finish = () => resolve({ added: 75_000, updated: 0, unchanged: 0 });
      });
    });
    render(<DataSection exportBackup={async () => ({ filename: 'x', mime: 'x', text: '' })} importBackup={importBackup} storage={async () => 'granted'} reportsUrl="reports.html" />);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(screen.getByText('Checking the backup file…')).toBeTruthy());
    progress({ phase: 'writing', done: 12_000, total: 75_000 });
    const bar = (await screen.findByLabelText('Restoring: 12,000 of 75,000 records')) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([12_000, 75_000]);
    expect((screen.getByRole('button', { name: 'Restore' }) as HTMLButtonElement).disabled).toBe(true);

    finish();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored: 75000 added, 0 updated, 0 already up to date.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
