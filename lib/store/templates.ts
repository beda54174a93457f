import { Template } from '../model';
import { builtInTemplates } from '../templates/builtin';
import type { DB } from './db';

/** Built-in templates (shipped as data) followed by the organizer's own, by name. */
export async function listTemplates(db: DB): Promise<Template[]> {
  const custom = await db.getAll('templates');
  custom.sort((a, b) => a.name.localeCompare(b.name));
  return [...builtInTemplates, ...custom];
}

export async function getTemplate(db: DB, id: string): Promise<Template | undefined> {
  return builtInTemplates.find((t) => t.id === id) ?? (await db.get('templates', id));
}

/** Validates and stores a custom template. Built-in ids are refused: copy them instead. */
export async function saveTemplate(db: DB, input: unknown): Promise<Template> {
  const parsed = Template.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (at ${first.path.join('.')})` : '';
    throw new Error(`This template is not valid: ${first?.message ?? 'unknown problem'}${where}`);
  }
  if (builtInTemplates.some((t) => t.id === parsed.data.id)) {
    throw new Error(`"${parsed.data.id}" is a built-in template; save a copy under a new id`);
  }
  const template = { ...parsed.data, builtIn: false };
  await db.put('templates', template);
  return template;
}

export async function deleteTemplate(db: DB, id: string): Promise<boolean> {
  if (builtInTemplates.some((t) => t.id === id)) throw new Error('Built-in templates cannot be deleted');
  const tx = db.transaction('templates', 'readwrite');
  const existed = (await tx.store.get(id)) !== undefined;
  await tx.store.delete(id);
  await tx.done;
  return existed;
}
