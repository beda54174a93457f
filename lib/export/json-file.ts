import type { z } from 'zod';

/*
 * What the backup and the team report file share on the way in: the text read as JSON, one
 * object with the expected format and version, then every field checked with zod, the first
 * problem told at its place. Each file keeps its own schema and its own words (from its part
 * of the locale files), given here as functions so they are looked up when a file is checked.
 */

export type FileCheck<T> = { ok: true; data: T } | { ok: false; problem: string };

/** `meetings[3].plannedMinutes` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** A file's text as JSON (a leading byte-order mark dropped), or the parser's reason. */
export function readJson(text: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** One file kind's message for each refusal. */
export interface VersionedFileWords {
  notJson(reason: string): string;
  notObject(): string;
  /** `format` is what the file says it is (not the expected format). */
  wrongFormat(format: unknown): string;
  noVersion(): string;
  newerVersion(version: number): string;
  unknownVersion(version: number): string;
  /** The place of a problem with the whole document. */
  topLevel(): string;
  problemAt(where: string, message: string): string;
  problemAtMore(where: string, message: string, more: number): string;
}

export interface VersionedFile<S extends z.ZodType> {
  format: string;
  version: number;
  schema: S;
  /** zod's messages in the organizer's language, where the schema's own say nothing. */
  errorMap?: z.core.$ZodErrorMap;
  words: VersionedFileWords;
}

/** Checks a versioned JSON file from its text: JSON, one object, format, version, every field. */
export function parseVersionedFile<S extends z.ZodType>(text: string, file: VersionedFile<S>): FileCheck<z.output<S>> {
  const { words } = file;
  const refuse = (problem: string) => ({ ok: false as const, problem });
  const json = readJson(text);
  if (!json.ok) return refuse(words.notJson(json.reason));
  const data = json.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(words.notObject());
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== file.format) return refuse(words.wrongFormat(head.format));
  if (typeof head.version !== 'number' || !Number.isInteger(head.version)) return refuse(words.noVersion());
  if (head.version > file.version) return refuse(words.newerVersion(head.version));
  if (head.version !== file.version) return refuse(words.unknownVersion(head.version));

  const parsed = file.schema.safeParse(data, file.errorMap && { error: file.errorMap });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0]!;
    const where = formatPath(first.path) || words.topLevel();
    return refuse(issues.length > 1 ? words.problemAtMore(where, first.message, issues.length - 1) : words.problemAt(where, first.message));
  }
  return { ok: true, data: parsed.data };
}
