import { z } from 'zod';
import { CalendarDay, Drive } from '../model';
import type { DriveProgress } from '../rules/drives';
import type { TeamRollup } from '../rules/team';
import { TEAM_FILE_MAX_CHARS } from '../export/team-file';
import type { ExportedFile } from './data';
import { t } from '../i18n';

const Id = z.string().min(1).max(120);

export const teamRequests = {
  /** Drive goals with their progress; `current` keeps only those running today (the popup). */
  listDrives: z.object({ current: z.boolean().default(false) }).strict(),
  /** Create a drive (no id) or change one. */
  saveDrive: z
    .object({ id: Id.optional(), name: Drive.shape.name, goal: Drive.shape.goal, startDate: CalendarDay, endDate: CalendarDay })
    .strict()
    .refine((d) => d.startDate <= d.endDate, { error: () => t('errors.driveEnds'), path: ['endDate'] }),
  deleteDrive: z.object({ id: Id }).strict(),
  /** "Share with staff": the team report file for the period. Notes only when asked for. */
  exportTeamFile: z
    .object({ from: z.number().int().min(0), to: z.number().int().min(0), includeNotes: z.boolean() })
    .strict()
    .refine((p) => p.from <= p.to, { error: () => t('errors.periodEnds'), path: ['to'] }),
  /** One team file's text; checked whole before anything is kept. */
  importTeamFile: z.object({ text: z.string().max(TEAM_FILE_MAX_CHARS) }).strict(),
  /** The team page: every imported organizer, the table by month, drives, chart figures. */
  getTeam: z.object({}).strict(),
  removeTeamFile: z.object({ organizerId: z.string().min(1).max(64) }).strict(),
  /** The roll-up as a CSV. */
  exportTeamCsv: z.object({}).strict(),
};

export interface DriveWithProgress {
  drive: Drive;
  progress: DriveProgress;
}

export interface DriveList {
  timeZone: string;
  drives: DriveWithProgress[];
}

export type TeamImportResult =
  | { status: 'added'; organizerName: string; madeAt: number; meetings: number }
  | { status: 'replaced'; organizerName: string; madeAt: number; meetings: number; previousMadeAt: number }
  | { status: 'stale'; organizerName: string; madeAt: number; keptMadeAt: number }
  | { status: 'refused'; problem: string };

export interface TeamResponses {
  listDrives: DriveList;
  saveDrive: Drive;
  deleteDrive: { deleted: boolean };
  exportTeamFile: ExportedFile;
  importTeamFile: TeamImportResult;
  getTeam: TeamRollup;
  removeTeamFile: { removed: boolean };
  exportTeamCsv: ExportedFile;
}
