import { useState } from 'preact/hooks';
import type { Template } from '../../lib/model';
import type { ImportTemplatesResult } from '../../lib/protocol/data';
import type { TemplateChoice, TemplateClash } from '../../lib/rules/template-import';
import { copyOf } from '../../lib/templates/copies';
import { t as tr } from '../../lib/i18n';
import { downloadText } from '../common/download';
import { TemplateEditor } from './TemplateEditor';

interface Props {
  templates: Template[];
  onSave(template: Template): Promise<void>;
  onDelete(id: string): Promise<void>;
  /** Saves the file whole, or answers with the clashes that need a choice first. */
  onImport(text: string, choices?: Record<string, TemplateChoice>): Promise<ImportTemplatesResult>;
}

/** A file waiting for the organizer to say what to do with each model whose id is taken. */
interface PendingImport {
  text: string;
  clashes: TemplateClash[];
  choices: Record<string, TemplateChoice>;
}

const CHOICES: [TemplateChoice, () => string][] = [
  ['replace', () => tr('data.choiceReplace')],
  ['copy', () => tr('data.choiceCopy')],
  ['skip', () => tr('data.choiceSkip')],
];

function describeClash(clash: TemplateClash): string {
  return clash.existing.inFile === undefined
    ? tr('data.clashStored', [clash.name, clash.id, clash.existing.name])
    : tr('data.clashInFile', [clash.name, clash.id, clash.existing.name]);
}

function importedText(result: { saved: Template[]; skipped: number }): string {
  if (!result.saved.length) return tr('data.templatesNoneImported');
  const names = result.saved.map((t) => `“${t.name}”`).join(', ');
  return result.skipped ? tr('data.templatesImportedSkipped', result.skipped, [names, String(result.skipped)]) : tr('data.templatesImported', [names]);
}

/** Agenda models: the built-in five can be copied; copies can be edited, exported and deleted. */
export function TemplatesSection({ templates, onSave, onDelete, onImport }: Props) {
  const [editing, setEditing] = useState<Template>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, setPending] = useState<PendingImport>();

  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  const exportOne = (t: Template) => {
    const { builtIn: _builtIn, ...data } = t;
    downloadText({ filename: `template-${t.id}.json`, mime: 'application/json', text: JSON.stringify(data, null, 2) });
  };

  return (
    <section class="card" aria-labelledby="tpl-h">
      <h2 id="tpl-h">Agenda models</h2>
      <p class="note">Copy a model to make it your own. Templates move between computers as JSON files.</p>
      <ul class="list" aria-label="Agenda models">
        {templates.map((t) => (
          <li key={t.id}>
            <span>
              <strong>{t.name}</strong>
              <span class="tag">{t.builtIn ? 'built in' : 'yours'}</span>
              <span class="muted"> · {t.steps.length} steps</span>
            </span>
            <span class="actions" style={{ marginTop: 0 }}>
              <button type="button" aria-label={`Copy ${t.name}`} onClick={() => run(async () => {
                const copy = copyOf(t, templates.map((x) => x.id), `${t.name} (my copy)`);
                await onSave(copy);
                setEditing(copy);
                return `Copied “${t.name}”. Edit the copy below.`;
              })}>
                Copy
              </button>
              {t.builtIn ? null : (
                <>
                  <button type="button" aria-label={`Edit ${t.name}`} onClick={() => setEditing(t)}>
                    Edit
                  </button>
                  <button type="button" aria-label={`Export ${t.name}`} onClick={() => exportOne(t)}>
                    Export
                  </button>
                  <button
                    type="button"
                    class="danger"
                    aria-label={`Delete ${t.name}`}
                    onClick={() => run(async () => {
                      await onDelete(t.id);
                      if (editing?.id === t.id) setEditing(undefined);
                      return `Deleted “${t.name}”.`;
                    })}
                  >
                    Delete
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <label class="check">
          Import templates (JSON)
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void run(async () => {
                const text = await file.text();
                setPending(undefined);
                const result = await onImport(text);
                if ('saved' in result) return importedText(result);
                setPending({ text, clashes: result.clashes, choices: {} });
                return tr('data.clashesFound');
              });
            }}
          />
        </label>
      </div>
      {pending ? (
        <fieldset class="step">
          <legend>{tr('data.clashesTitle')}</legend>
          {pending.clashes.map((clash) => (
            <div key={clash.index} role="radiogroup" aria-label={describeClash(clash)} class="field">
              <p>{describeClash(clash)}</p>
              {CHOICES.map(([choice, label]) => (
                <label key={choice} class="check">
                  <input
                    type="radio"
                    name={`clash-${clash.index}`}
                    checked={pending.choices[clash.index] === choice}
                    onChange={() => setPending({ ...pending, choices: { ...pending.choices, [clash.index]: choice } })}
                  />
                  {label()}
                </label>
              ))}
            </div>
          ))}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={pending.clashes.some((clash) => !pending.choices[clash.index])}
              onClick={() => run(async () => {
                const result = await onImport(pending.text, pending.choices);
                // The store changed meanwhile (another page): ask again about what clashes now.
                if (!('saved' in result)) {
                  setPending({ ...pending, clashes: result.clashes });
                  return tr('data.clashesFound');
                }
                setPending(undefined);
                return importedText(result);
              })}
            >
              {tr('data.importChosen')}
            </button>
            <button type="button" onClick={() => { setPending(undefined); setMessage({ ok: true, text: tr('data.importCancelled') }); }}>
              {tr('data.importCancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <p role="status" class={message?.ok ? 'status' : 'error'}>
        {message?.text ?? ''}
      </p>
      {editing ? (
        <TemplateEditor
          key={editing.id}
          template={editing}
          onCancel={() => setEditing(undefined)}
          onSave={async (t) => {
            await onSave(t);
            setEditing(undefined);
            setMessage({ ok: true, text: `Saved “${t.name}”.` });
          }}
        />
      ) : null}
    </section>
  );
}
