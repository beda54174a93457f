/**
 * Field-level optimistic concurrency. Each record carries `rev` (bumped per write) and
 * `fieldRevs` (the rev at which each field last changed). An edit names the rev it was based
 * on: a field that changed after that rev was written by someone else (another tab), so the
 * edit to that field is refused and reported instead of silently overwriting newer text.
 */
export interface Revisioned {
  rev: number;
  fieldRevs: Record<string, number>;
  updatedAt: number;
}

export interface PatchResult<T> {
  record: T;
  /** Fields refused because another writer changed them after `baseRev`. */
  conflicts: string[];
  changed: boolean;
}

export function applyPatch<T extends Revisioned>(
  record: T,
  patch: Partial<T>,
  baseRev: number,
  now: number,
  /** Set to true to overwrite even newer values (the organizer chose "keep mine"). */
  force = false,
): PatchResult<T> {
  const conflicts: string[] = [];
  const next: T = { ...record, fieldRevs: { ...record.fieldRevs } };
  const rev = record.rev + 1;
  let changed = false;
  for (const field of Object.keys(patch) as (keyof T & string)[]) {
    const value = patch[field];
    if (field === 'rev' || field === 'fieldRevs' || value === undefined) continue;
    if (sameValue(record[field], value)) continue;
    if (!force && (record.fieldRevs[field] ?? 0) > baseRev) {
      conflicts.push(field);
      continue;
    }
    next[field] = value as T[keyof T & string];
    next.fieldRevs[field] = rev;
    changed = true;
  }
  if (!changed) return { record, conflicts, changed };
  next.rev = rev;
  next.updatedAt = now;
  return { record: next, conflicts, changed };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
