import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, parseVersionedFile, readJson, type VersionedFileWords } from '../../../lib/export/json-file';

// Words that show which refusal was chosen and with what, not the locale's text.
const words: VersionedFileWords = {
  notJson: () => 'notJson',
  notObject: () => 'notObject',
  wrongFormat: (format) => `wrongFormat ${JSON.stringify(format)}`,
  noVersion: () => 'noVersion',
  newerVersion: (version) => `newer ${version}`,
  unknownVersion: (version) => `unknown ${version}`,
  topLevel: () => 'top',
  problemAt: (where, message) => `at ${where}: ${message}`,
  problemAtMore: (where, message, more) => `at ${where}: ${message} +${more}`,
};
const schema = z.strictObject({ format: z.literal('toy'), version: z.literal(2), items: z.array(z.number()).default([]) });
const check = (value: unknown, errorMap?: z.core.$ZodErrorMap) =>
  parseVersionedFile(typeof value === 'string' ? value : JSON.stringify(value), { format: 'toy', version: 2, schema, errorMap, words });
const problem = (value: unknown, errorMap?: z.core.$ZodErrorMap) => {
  const result = check(value, errorMap);
  return result.ok ? undefined : result.problem;
};

describe('parseVersionedFile', () => {
  it('gives the parsed data, defaults filled, and reads past a byte-order mark', () => {
    expect(check({ format: 'toy', version: 2 })).toEqual({ ok: true, data: { format: 'toy', version: 2, items: [] } });
    expect(check(`\uFEFF${JSON.stringify({ format: 'toy', version: 2, items: [1] })}`)).toEqual({ ok: true, data: { format: 'toy', version: 2, items: [1] } });
  });

  it('refuses in order: JSON, one object, format, version, fields', () => {
    expect(problem('{nope')).toBe('notJson');
    expect(problem([])).toBe('notObject');
    expect(problem(null)).toBe('notObject');
    expect(problem({ format: 'other', version: 'x' })).toBe('wrongFormat "other"');
    expect(problem({ version: 2 })).toBe('wrongFormat undefined');
    expect(problem({ format: 'toy', version: 2.5 })).toBe('noVersion');
    expect(problem({ format: 'toy', version: 3 })).toBe('newer 3');
    expect(problem({ format: 'toy', version: 1 })).toBe('unknown 1');
  });

  it('tells the first field problem at its place, with how many more', () => {
    expect(problem({ format: 'toy', version: 2, items: [1, 'a'] })).toMatch(/^at items\[1\]: /);
    expect(problem({ format: 'toy', version: 2, items: ['a', 'b', 'c'] })).toMatch(/^at items\[0\]: .* \+2$/);
    expect(problem({ format: 'toy', version: 2, extra: 1 })).toMatch(/^at top: /);
  });

  it("uses the file's error map for zod's own messages", () => {
    expect(problem({ format: 'toy', version: 2, items: ['a'] }, () => 'localized')).toBe('at items[0]: localized');
  });
});

describe('readJson and formatPath', () => {
  it('gives the parser its reason', () => {
    expect(readJson('{')).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(readJson('\uFEFF[1]')).toEqual({ ok: true, data: [1] });
  });

  it('writes a path as code would', () => {
    expect(formatPath(['meetings', 3, 'plannedMinutes'])).toBe('meetings[3].plannedMinutes');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});
