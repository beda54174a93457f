import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { TemplateEditor } from '../../../components/options/TemplateEditor';
import { builtInTemplates } from '../../../lib/templates/builtin';
import type { Template } from '../../../lib/model';

const base: Template = { ...builtInTemplates[3]!, id: 'six-copy', name: 'Six steps (my copy)', builtIn: false };

describe('the template editor', () => {
  it('keeps existing step ids (notes are keyed by them) and names new steps from their titles', async () => {
    const onSave = vi.fn(async (_t: Template) => {});
    render(<TemplateEditor template={base} onSave={onSave} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    const n = base.steps.length + 1;
    fireEvent.input(screen.getByLabelText(`Step ${n} title`), { target: { value: 'Café & Próximos pasos' } });
    fireEvent.input(screen.getByLabelText(`Step ${n} goal`), { target: { value: 'Agree on the next date.' } });
    fireEvent.input(screen.getByLabelText(`Step ${n} questions (one per line)`), { target: { value: 'When?\n\n Where? ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = onSave.mock.calls[0]![0];
    expect(saved.steps.map((s) => s.id)).toEqual([base.steps[1]!.id, base.steps[0]!.id, ...base.steps.slice(2).map((s) => s.id), 'cafe-proximos-pasos']);
    expect(saved.steps.at(-1)).toEqual({ id: 'cafe-proximos-pasos', title: 'Café & Próximos pasos', goal: 'Agree on the next date.', prompts: ['When?', 'Where?'] });
  });

  it('shows why a save was refused and keeps the edits', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('This template is not valid: Each step needs a goal (at steps.0.goal)');
    });
    render(<TemplateEditor template={base} onSave={onSave} onCancel={() => {}} />);
    fireEvent.input(screen.getByLabelText('Template name'), { target: { value: 'Shorter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Each step needs a goal'));
    expect((screen.getByLabelText('Template name') as HTMLInputElement).value).toBe('Shorter');
  });
});
