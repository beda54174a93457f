import type { Template } from '../model';
import { copyOf } from '../templates/copies';

/** What to do with a model from a file whose id is taken: by one of ours, or earlier in the file. */
export type TemplateChoice = 'replace' | 'copy' | 'skip';

export interface TemplateClash {
  /** Its place in the file (0 for a file holding one model). */
  index: number;
  id: string;
  name: string;
  /** The model whose id it takes: one already saved, or one earlier in the file (`inFile`). */
  existing: { name: string; inFile?: number };
}

export type TemplateImportPlan = { clashes: TemplateClash[] } | { save: Template[]; skipped: number };

/**
 * Decides what an import of `file` saves, given the organizer's own models. Every clash needs a
 * choice (keyed by the model's place in the file) before anything is saved: until then the plan
 * names the clashes and saves nothing. Models are taken in file order, so "replace" on the second
 * of two with one id means the second one is kept. Copies get ids used nowhere in the store or
 * the file, so a copy never causes a clash of its own. Pure: data in, data out.
 */
export function planTemplateImport(
  file: readonly Template[],
  stored: readonly Template[],
  choices: Readonly<Record<string, TemplateChoice>>,
  copyName: (template: Template) => string,
): TemplateImportPlan {
  const holders = new Map<string, { name: string; inFile?: number }>(stored.map((t) => [t.id, { name: t.name }]));
  const allIds = new Set([...stored, ...file].map((t) => t.id));
  const save = new Map<string, Template>();
  const clashes: TemplateClash[] = [];
  let skipped = 0;
  file.forEach((template, index) => {
    const holder = holders.get(template.id);
    if (holder) {
      clashes.push({ index, id: template.id, name: template.name, existing: holder });
      const choice = choices[String(index)];
      if (choice === 'skip' || choice === undefined) {
        skipped++;
        return;
      }
      if (choice === 'copy') {
        const copy = copyOf(template, allIds, copyName(template));
        allIds.add(copy.id);
        save.set(copy.id, copy);
        return;
      }
    }
    holders.set(template.id, { name: template.name, inFile: index });
    save.set(template.id, { ...template, builtIn: false });
  });
  if (clashes.some((clash) => choices[String(clash.index)] === undefined)) return { clashes };
  return { save: [...save.values()], skipped };
}
