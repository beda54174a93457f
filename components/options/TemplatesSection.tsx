import { useState } from 'preact/hooks';
import type { Template } from '../../lib/model';
import { downloadText } from '../common/download';
import { TemplateEditor } from './TemplateEditor';

interface Props {
  templates: Template[];
  onSave(template: Template): Promise<void>;
  onDelete(id: string): Promise<void>;
  onImport(text: string): Promise<Template[]>;
}

function copyOf(template: Template, templates: Template[]): Template {
  const ids = new Set(templates.map((t) => t.id));
  let id = `${template.id}-copy`;
  for (let n = 2; ids.has(id); n++) id = `${template.id}-copy-${n}`;
  return { ...template, id, name: `${template.name} (my copy)`, builtIn: false };
}

/** Agenda models: the built-in five can be copied; copies can be edited, exported and deleted. */
export function TemplatesSection({ templates, onSave, onDelete, onImport }: Props) {
  const [editing, setEditing] = useState<Template>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

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
                const copy = copyOf(t, templates);
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
                const saved = await onImport(await file.text());
                return `Imported ${saved.map((t) => `“${t.name}”`).join(', ')}.`;
              });
            }}
          />
        </label>
      </div>
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
