import { clip, LIMITS } from '../limits';
import type { Template } from '../model';

/**
 * A copy of `template` under an id nothing in `taken` uses, named `name`. Both are cut to the
 * schema's limits, so a copy of a model with the longest allowed id or name still saves.
 */
export function copyOf(template: Template, taken: Iterable<string>, name: string): Template {
  const ids = new Set(taken);
  let id = template.id;
  for (let n = 1; ids.has(id); n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    id = `${template.id.slice(0, LIMITS.id - suffix.length)}${suffix}`;
  }
  return { ...template, id, name: clip(name, LIMITS.templateName), builtIn: false };
}
