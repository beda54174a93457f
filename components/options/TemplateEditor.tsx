import { useId, useState } from 'preact/hooks';
import type { Template, TemplateStep } from '../../lib/model';
import { slug } from '../../lib/export/filename';
import { t } from '../../lib/i18n';

interface Props {
  template: Template;
  onSave(template: Template): Promise<void>;
  onCancel(): void;
}

/** Step ids stay stable (a 1:1's notes are keyed by them); new steps get one from the title. */
function newStepId(title: string, taken: Set<string>): string {
  const base = slug(title, 40, 'step');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

type DraftStep = Omit<TemplateStep, 'prompts'> & { prompts: string; fresh?: boolean };

function Input({ label, value, onInput, multiline }: { label: string; value: string; onInput(v: string): void; multiline?: boolean }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input id={id} type="text" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </div>
  );
}

/** Edits a custom agenda model; the background checks it with the same schema as every template. */
export function TemplateEditor({ template, onSave, onCancel }: Props) {
  const [name, setName] = useState(template.name);
  const [source, setSource] = useState(template.source);
  const [steps, setSteps] = useState<DraftStep[]>(template.steps.map((s) => ({ ...s, prompts: s.prompts.join('\n') })));
  const [error, setError] = useState('');

  const update = (index: number, change: Partial<DraftStep>) => setSteps(steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    setSteps(next);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const taken = new Set(steps.filter((s) => !s.fresh).map((s) => s.id));
    const built: TemplateStep[] = steps.map((s) => {
      const id = s.fresh ? newStepId(s.title, taken) : s.id;
      taken.add(id);
      const step: TemplateStep = {
        id,
        title: s.title,
        goal: s.goal,
        prompts: s.prompts.split('\n').map((p) => p.trim()).filter(Boolean),
      };
      if (s.green?.trim()) step.green = s.green.trim();
      if (s.yellow?.trim()) step.yellow = s.yellow.trim();
      return step;
    });
    try {
      setError('');
      await onSave({ ...template, name, source, builtIn: false, steps: built });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form class="card" onSubmit={save} aria-label={t('options.editor.label', [template.name])}>
      <h2>{t('options.editor.heading', [template.name])}</h2>
      <div class="grid">
        <Input label={t('options.editor.name')} value={name} onInput={setName} />
        <Input label={t('options.editor.source')} value={source} onInput={setSource} />
      </div>
      {steps.map((step, index) => (
        <fieldset class="step" key={step.fresh ? `new-${index}` : step.id}>
          <legend>{step.title ? t('options.editor.step', [String(index + 1), step.title]) : t('options.editor.stepUntitled', [String(index + 1)])}</legend>
          <div class="grid">
            <Input label={t('options.editor.stepTitle', [String(index + 1)])} value={step.title} onInput={(title) => update(index, { title })} />
            <Input label={t('options.editor.stepGoal', [String(index + 1)])} value={step.goal} onInput={(goal) => update(index, { goal })} />
          </div>
          <Input label={t('options.editor.stepPrompts', [String(index + 1)])} multiline value={step.prompts} onInput={(prompts) => update(index, { prompts })} />
          <div class="grid">
            <Input label={t('options.editor.stepGreen', [String(index + 1)])} value={step.green ?? ''} onInput={(green) => update(index, { green })} />
            <Input label={t('options.editor.stepYellow', [String(index + 1)])} value={step.yellow ?? ''} onInput={(yellow) => update(index, { yellow })} />
          </div>
          <div class="actions">
            <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>
              {t('options.editor.moveUp', [String(index + 1)])}
            </button>
            <button type="button" disabled={index === steps.length - 1} onClick={() => move(index, 1)}>
              {t('options.editor.moveDown', [String(index + 1)])}
            </button>
            <button type="button" class="danger" disabled={steps.length === 1} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
              {t('options.editor.remove', [String(index + 1)])}
            </button>
          </div>
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" onClick={() => setSteps([...steps, { id: '', title: '', goal: '', prompts: '', fresh: true }])}>
          {t('options.editor.add')}
        </button>
        <button type="submit" class="primary">
          {t('options.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.editor.cancel')}
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
