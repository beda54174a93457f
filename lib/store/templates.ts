import { Settings, Template, defaultSettings } from '../model';
import { builtInTemplates } from '../templates/builtin';
import { t } from '../i18n';
import type { DB } from './db';
import { abortTransaction } from './abort';

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
    const problem = first?.message ?? t('errors.unknownProblem');
    throw new Error(first?.path.length ? t('errors.templateInvalidAt', [problem, first.path.join('.')]) : t('errors.templateInvalid', [problem]));
  }
  if (builtInTemplates.some((t) => t.id === parsed.data.id)) {
    throw new Error(t('errors.builtInTemplate', [parsed.data.id]));
  }
  const template = { ...parsed.data, builtIn: false };
  await db.put('templates', template);
  return template;
}

/** Saves checked templates in one transaction: all of them, or none if anything fails. */
export async function saveTemplates(db: DB, templates: readonly Template[]): Promise<void> {
  const tx = db.transaction('templates', 'readwrite');
  try {
    await Promise.all(templates.map((template) => tx.store.put({ ...template, builtIn: false })));
    await tx.done;
  } catch (error) {
    abortTransaction(tx);
    throw error;
  }
}

export interface DeletedTemplate {
  deleted: boolean;
  /** Set when the deleted model was the default: the built-in one that is the default now. */
  movedDefaultTo?: string;
}

/**
 * Deletes a custom template. One still to be used by a 1:1 not yet held is refused (naming
 * whose), so no 1:1 is left without its agenda; when it was the default, the default moves to
 * the built-in one new settings start with, in the same transaction.
 */
export async function deleteTemplate(db: DB, id: string): Promise<DeletedTemplate> {
  if (builtInTemplates.some((t) => t.id === id)) throw new Error(t('errors.builtInDelete'));
  const tx = db.transaction(['templates', 'settings', 'meetings', 'people'], 'readwrite');
  try {
    const template = await tx.objectStore('templates').get(id);
    if (!template) {
      await tx.done;
      return { deleted: false };
    }
    const status = tx.objectStore('meetings').index('by-status');
    const open = [...(await status.getAll('planned')), ...(await status.getAll('in-progress'))].filter((m) => m.templateId === id);
    if (open.length) {
      const people = await Promise.all(open.slice(0, 3).map((m) => tx.objectStore('people').get(m.personKey)));
      const names = people.map((p, i) => p?.name || open[i]!.personKey).join(', ');
      throw new Error(t('data.templateInUse', open.length, [template.name, String(open.length), names]));
    }
    await tx.objectStore('templates').delete(id);
    const settings = Settings.parse((await tx.objectStore('settings').get('settings')) ?? {});
    let movedDefaultTo: string | undefined;
    if (settings.defaultTemplateId === id) {
      movedDefaultTo = defaultSettings().defaultTemplateId;
      await tx.objectStore('settings').put({ ...settings, defaultTemplateId: movedDefaultTo }, 'settings');
    }
    await tx.done;
    return { deleted: true, movedDefaultTo };
  } catch (error) {
    abortTransaction(tx);
    throw error;
  }
}
