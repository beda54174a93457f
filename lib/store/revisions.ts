/**
 * Optimistic concurrency by field path. Each record carries `rev` (bumped per write) and
 * `fieldRevs` (the rev at which each path last changed). An edit names the rev it was based on:
 * a path that changed after that rev was written by someone else (another tab), so the edit to
 * that path is refused and reported instead of silently overwriting newer text.
 *
 * Paths are a top-level field (`place`) or, for the fields listed as `nested`, one key inside
 * it (`steps.issues`, `prep.asks`, `report.notes`): two tabs editing different steps, prep
 * fields or report fields both keep their work.
 */
export interface Revisioned {
  rev: number;
  fieldRevs: Record<string, number>;
  updatedAt: number;
}

export interface PatchResult<T> {
  record: T;
  /** Paths refused because another writer changed them after `baseRev`. */
  conflicts: string[];
  changed: boolean;
}

export interface PatchOptions {
  /** Write even over newer values (the organizer chose "Keep mine"). */
  force?: boolean;
  /** Object fields merged key by key, each key its own path. */
  nested?: readonly string[];
  /** Paths where the last write simply wins (e.g. which step is shown): never a conflict. */
  lastWriteWins?: readonly string[];
}

/**
 * Applies `patch` on top of `record`. A value of `null` clears an optional field. `force` as a
 * boolean is the older call form, kept for callers that merge no nested fields.
 */
export function applyPatch<T extends Revisioned>(
  record: T,
  patch: Partial<Record<keyof T, unknown>>,
  baseRev: number,
  now: number,
  options: PatchOptions | boolean = {},
): PatchResult<T> {
  const { force = false, nested = [], lastWriteWins = [] } = typeof options === 'boolean' ? { force: options } : options;
  const conflicts: string[] = [];
  const next = { ...record, fieldRevs: { ...record.fieldRevs } } as T & Record<string, unknown>;
  const rev = record.rev + 1;
  let changed = false;

  /** Newer than the edit's base: the path itself, or (older records) its whole parent field. */
  const newer = (path: string, parent?: string) =>
    Math.max(record.fieldRevs[path] ?? 0, parent ? (record.fieldRevs[parent] ?? 0) : 0) > baseRev;

  const write = (path: string, current: unknown, value: unknown, set: () => void, parent?: string) => {
    if (value === undefined || sameValue(current, value)) return;
    if (!force && !lastWriteWins.includes(path) && newer(path, parent)) {
      conflicts.push(path);
      return;
    }
    set();
    next.fieldRevs[path] = rev;
    changed = true;
  };

  for (const field of Object.keys(patch) as (keyof T & string)[]) {
    if (field === 'rev' || field === 'fieldRevs') continue;
    const value = patch[field];
    if (nested.includes(field) && value !== null && typeof value === 'object') {
      for (const [key, part] of Object.entries(value as Record<string, unknown>)) {
        const current = (next[field] as Record<string, unknown> | undefined)?.[key];
        write(`${field}.${key}`, current, part, () => {
          next[field] = { ...(next[field] as object), [key]: part } as never;
        }, field);
      }
      continue;
    }
    write(field, record[field], value, () => {
      if (value === null) delete next[field];
      else next[field] = value as never;
    });
  }
  if (!changed) return { record, conflicts, changed };
  next.rev = rev;
  next.updatedAt = now;
  return { record: next, conflicts, changed };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (b === null) return a === undefined || a === null;
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
