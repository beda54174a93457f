import type { Meeting, Template } from '../../lib/model';
import type { MeetingPatchInput } from '../../lib/protocol/meetings';
import { LIMITS } from '../../lib/limits';
import { t } from '../../lib/i18n';

/**
 * The panel's copy of a 1:1, path by path. A path is a top-level field (`place`) or one key of
 * prep, report or steps (`prep.questions`, `report.notes`, `steps.issues`): the unit the store
 * merges and reports conflicts on (lib/store/revisions.ts). Pure functions; no messaging.
 */

/** Top-level fields the panel edits (status and the tally go through their own calls). */
const TOP = ['templateId', 'scheduledAt', 'plannedMinutes', 'place', 'mode', 'currentStep', 'ask', 'askDueAt', 'askGoal', 'answer', 'learned', 'private'] as const;
const NESTED = ['prep', 'steps', 'report'] as const;
/** Optional fields: an edit that empties them is sent as null. */
const CLEARABLE = new Set<string>(['scheduledAt', 'askDueAt', 'answer']);
/** Navigation, not text: the last tab to move wins, never a conflict. */
const LAST_WRITE_WINS = new Set<string>(['currentStep']);

const PREP_DEFAULTS: Meeting['prep'] = { relationship: '', knownAbout: '', myStory: '', questions: '', asks: [], logistics: '' };
const REPORT_DEFAULTS: Meeting['report'] = {
  issue: '', story: '', skills: '', enjoys: '', bestWay: '', accessNeeds: '', referrals: [], ladder: 'unknown', staffName: '', notes: '',
};

/** A stored 1:1 with every default filled in (records written before a field existed lack it). */
export function normalizeMeeting(m: Meeting): Meeting {
  return {
    ...m,
    ask: m.ask ?? '',
    askGoal: m.askGoal ?? '',
    learned: m.learned ?? '',
    place: m.place ?? '',
    listeningMs: m.listeningMs ?? 0,
    talkingMs: m.talkingMs ?? 0,
    prep: { ...PREP_DEFAULTS, ...m.prep },
    report: { ...REPORT_DEFAULTS, ...m.report },
    steps: m.steps ?? {},
  };
}

export function getPath(m: Meeting, path: string): unknown {
  const [field, key] = split(path);
  const value = (m as unknown as Record<string, unknown>)[field];
  return key === undefined ? value : (value as Record<string, unknown> | undefined)?.[key];
}

export function setPath(m: Meeting, path: string, value: unknown): Meeting {
  const [field, key] = split(path);
  const record = m as unknown as Record<string, unknown>;
  if (key === undefined) {
    const next = { ...record, [field]: value };
    if (value === undefined) delete next[field];
    return next as unknown as Meeting;
  }
  return { ...record, [field]: { ...(record[field] as object), [key]: value } } as unknown as Meeting;
}

function split(path: string): [string, string | undefined] {
  const dot = path.indexOf('.');
  return dot < 0 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
}

/** Every editable path of these copies of one 1:1. */
function editablePaths(...copies: Meeting[]): string[] {
  const paths = new Set<string>(TOP);
  for (const field of NESTED) for (const m of copies) for (const key of Object.keys(m[field] ?? {})) paths.add(`${field}.${key}`);
  return [...paths];
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The paths where `next` differs from `base`. */
export function changedPaths(base: Meeting, next: Meeting): string[] {
  return editablePaths(base, next).filter((p) => !sameValue(getPath(base, p), getPath(next, p)));
}

/** A patch carrying `paths` of `next`, nested the way the store merges them. */
export function toPatch(next: Meeting, paths: readonly string[]): MeetingPatchInput {
  const patch: Record<string, unknown> = {};
  for (const path of paths) {
    const [field, key] = split(path);
    const value = getPath(next, path);
    if (key === undefined) patch[field] = value === undefined && CLEARABLE.has(field) ? null : value;
    else patch[field] = { ...(patch[field] as object), [key]: value };
  }
  return patch as MeetingPatchInput;
}

/**
 * Three-way merge of fresh data from the store into this tab's draft. `base` is what the draft
 * was last known to sit on. A path only this tab changed keeps its edit; one only the store
 * changed takes the store's value; one both changed differently keeps this tab's text and is
 * returned as a conflict for the organizer to decide. Nothing is decided silently.
 */
export function rebase(base: Meeting, draft: Meeting, fresh: Meeting, held: readonly string[] = []): { draft: Meeting; conflicts: string[] } {
  let next: Meeting = fresh;
  const conflicts = new Set(held);
  for (const path of editablePaths(base, draft, fresh)) {
    const mine = getPath(draft, path);
    const theirs = getPath(fresh, path);
    if (sameValue(mine, getPath(base, path)) && !conflicts.has(path)) continue;
    next = setPath(next, path, mine);
    if (sameValue(theirs, mine)) conflicts.delete(path);
    else if (!conflicts.has(path) && !sameValue(theirs, getPath(base, path)) && !LAST_WRITE_WINS.has(path)) conflicts.add(path);
  }
  return { draft: next, conflicts: [...conflicts] };
}

/** Long texts, where "Keep both" makes sense: notes, stories, step notes. */
export function isNotes(path: string): boolean {
  return path.startsWith('steps.') || LONG.has(path);
}
const LONG = new Set(['learned', 'prep.knownAbout', 'prep.myStory', 'prep.questions', 'report.story', 'report.skills', 'report.notes']);

/** Both texts, the other tab's first, for "Keep both". */
export function keepBoth(path: string, mine: unknown, theirs: unknown): unknown {
  if (path.startsWith('steps.')) {
    const a = (mine ?? { notes: '' }) as { notes: string };
    const b = (theirs ?? { notes: '' }) as { notes: string };
    return { ...a, notes: joinTexts(b.notes, a.notes) };
  }
  return joinTexts(String(theirs ?? ''), String(mine ?? ''));
}

/** Two texts kept together, the first first, an empty one left out. */
export function joinTexts(first: string, second: string): string {
  return [first.trim(), second.trim()].filter(Boolean).join('\n\n');
}

/** The text of a path, for showing both versions of a conflict. */
export function pathText(path: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (path.startsWith('steps.')) return (value as { notes?: string }).notes ?? '';
  if (path === 'prep.asks') return (value as string[]).join('\n');
  if (path === 'report.referrals') return (value as { name: string; contact: string }[]).map((r) => (r.contact ? `${r.name}, ${r.contact}` : r.name)).join('\n');
  return String(value);
}

const SHORT_PATHS = new Set(['place', 'ask', 'askGoal', 'prep.relationship', 'prep.logistics', 'report.issue', 'report.enjoys', 'report.bestWay', 'report.accessNeeds', 'report.staffName']);

/** The schema's limit for a path's text (lib/limits.ts), or undefined for non-text paths. */
function limitOf(path: string): number | undefined {
  if (SHORT_PATHS.has(path) || path === 'prep.asks') return LIMITS.short;
  if (isNotes(path)) return LIMITS.long;
  return undefined;
}

/** How many characters over its limit a path's value is (0 when it fits). */
function overLimit(path: string, value: unknown): number {
  if (path === 'report.referrals') {
    const list = (value ?? []) as { name: string; contact: string }[];
    return Math.max(0, ...list.map((r) => Math.max(r.name.length - LIMITS.name, r.contact.length - LIMITS.short)));
  }
  const limit = limitOf(path);
  if (limit === undefined) return 0;
  const texts = path === 'prep.asks' ? ((value ?? []) as string[]) : [pathText(path, value)];
  return Math.max(0, ...texts.map((text) => text.length - limit));
}

/** The paths of `m` that are too long to be saved, with how far over they are. */
export function tooLong(m: Meeting): { path: string; over: number }[] {
  return editablePaths(m)
    .map((path) => ({ path, over: overLimit(path, getPath(m, path)) }))
    .filter((x) => x.over > 0);
}

const PATH_LABELS: Record<string, () => string> = {
  templateId: () => t('panel.prep.model'),
  scheduledAt: () => t('panel.prep.when'),
  plannedMinutes: () => t('panel.prep.length'),
  place: () => t('panel.prep.place'),
  mode: () => t('writeback.modeField.conflictName'),
  ask: () => t('panel.ask.label'),
  askDueAt: () => t('panel.ask.when'),
  askGoal: () => t('panel.ask.goal'),
  answer: () => t('panel.ask.answer'),
  learned: () => t('panel.report.learned'),
  private: () => t('panel.report.private'),
  'prep.relationship': () => t('panel.prep.relationship'),
  'prep.knownAbout': () => t('panel.prep.knownAbout'),
  'prep.myStory': () => t('panel.prep.myStory'),
  'prep.questions': () => t('panel.prep.questions'),
  'prep.asks': () => t('panel.prep.asks'),
  'prep.logistics': () => t('panel.prep.logistics'),
  'report.issue': () => t('panel.report.issue'),
  'report.story': () => t('panel.report.story'),
  'report.skills': () => t('panel.report.skills'),
  'report.enjoys': () => t('panel.report.enjoys'),
  'report.bestWay': () => t('panel.report.bestWay'),
  'report.accessNeeds': () => t('panel.report.accessNeeds'),
  'report.referrals': () => t('panel.report.referrals'),
  'report.ladder': () => t('panel.report.ladder'),
  'report.staffName': () => t('panel.report.staffName'),
  'report.staffDate': () => t('panel.report.staffDate'),
  'report.notes': () => t('panel.report.notes'),
};

/** How the panel names a path: the label of its field ("Notes: Issues and stake"). */
export function pathLabel(path: string, template: Pick<Template, 'steps'>): string {
  if (path.startsWith('steps.')) {
    const step = template.steps.find((s) => s.id === path.slice('steps.'.length));
    return t('panel.hold.notesFor', [step?.title ?? path.slice('steps.'.length)]);
  }
  return PATH_LABELS[path]?.() ?? path;
}
