import { z } from 'zod';
import type { Report } from '../rules/report';
import type { RestoreCounts } from '../store/backup';
import { Timestamp, type Template } from '../model';
import type { TemplateClash } from '../rules/template-import';
import type { PageCursor } from './followups';
import { t } from '../i18n';

const Period = { from: Timestamp, to: Timestamp };

export const dataRequests = {
  /** Figures for the reports page: the whole calendar months from the month of `from` to that of `to`. */
  getReport: z.object(Period).strict().refine((p) => p.from <= p.to, { error: () => t('errors.periodEnds'), path: ['to'] }),
  /**
   * One row per 1:1 held (or per commitment made) in the period, as a spreadsheet-safe CSV,
   * built a slice at a time: the first answer starts the file, and `after` asks for the next.
   */
  exportCsv: z
    .object({
      what: z.enum(['meetings', 'commitments']),
      ...Period,
      after: z.object({ at: z.number().int().min(0), id: z.string().min(1).max(400) }).strict().optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  exportBackup: z.object({}).strict(),
  /** The backup file's text; checked whole before anything is written. */
  importBackup: z
    .object({
      text: z.string().max(512 * 1024 * 1024),
      mode: z.enum(['replace', 'merge']),
      /** The page's name for this restore, to follow its progress (lib/restore-progress.ts). */
      progress: z.string().min(1).max(64).optional(),
    })
    .strict(),
  /**
   * A template file (one template or a list), as exported from the options page. Saved whole or
   * not at all: while a model's id is taken and `choices` says nothing for it (by its place in
   * the file), the answer names the clashes and nothing is saved.
   */
  importTemplates: z
    .object({
      text: z.string().max(5 * 1024 * 1024),
      choices: z.record(z.string().regex(/^\d{1,4}$/), z.enum(['replace', 'copy', 'skip'])).optional(),
    })
    .strict(),
};

export interface ExportedFile {
  filename: string;
  mime: string;
  text: string;
}

/** Saved (with how many were skipped by choice), or nothing saved and the clashes named. */
export type ImportTemplatesResult = { saved: Template[]; skipped: number } | { clashes: TemplateClash[] };
/** A slice of a CSV file: join the `text` of every slice, in order, for the whole file. */
export interface CsvSlice extends ExportedFile {
  /** Rows in this slice. */
  rows: number;
  /** Rows in the whole file (header aside): with the first slice. */
  total?: number;
  /** Ask with this for the next slice; absent after the last. */
  after?: PageCursor;
}

export interface DataResponses {
  getReport: Report & { timeZone: string };
  exportCsv: CsvSlice;
  exportBackup: ExportedFile;
  importBackup: RestoreCounts;
  importTemplates: ImportTemplatesResult;
}
