import { z } from 'zod';
import type { Report } from '../rules/report';
import type { RestoreCounts } from '../store/backup';
import type { Template } from '../model';

const Period = { from: z.number().int().min(0), to: z.number().int().min(0) };

export const dataRequests = {
  /** Figures by month for the reports page. */
  getReport: z.object(Period).strict().refine((p) => p.from <= p.to, { message: 'The period ends before it starts', path: ['to'] }),
  /** One row per 1:1 held (or per commitment made) in the period, as a spreadsheet-safe CSV. */
  exportCsv: z.object({ what: z.enum(['meetings', 'commitments']), ...Period }).strict(),
  exportBackup: z.object({}).strict(),
  /** The backup file's text; checked whole before anything is written. */
  importBackup: z.object({ text: z.string().max(512 * 1024 * 1024), mode: z.enum(['replace', 'merge']) }).strict(),
  /** A template file (one template or a list), as exported from the options page. */
  importTemplates: z.object({ text: z.string().max(5 * 1024 * 1024) }).strict(),
};

export interface ExportedFile {
  filename: string;
  mime: string;
  text: string;
}

export interface DataResponses {
  getReport: Report & { timeZone: string };
  exportCsv: ExportedFile;
  exportBackup: ExportedFile;
  importBackup: RestoreCounts;
  importTemplates: Template[];
}
