import { z } from 'zod';
import { Settings, Template } from '../model';

export const settingsRequests = {
  getSettings: z.object({}).strict(),
  /** Merge a partial change into the settings; the result is validated whole. */
  saveSettings: z.object({ patch: z.record(z.string(), z.unknown()) }).strict(),
  listTemplates: z.object({}).strict(),
  /** Create or replace a custom template (built-in ones cannot be changed, only copied). */
  saveTemplate: z.object({ template: z.unknown() }).strict(),
  deleteTemplate: z.object({ id: z.string().min(1).max(120) }).strict(),
};

export interface SettingsResponses {
  getSettings: Settings;
  saveSettings: Settings;
  listTemplates: Template[];
  saveTemplate: Template;
  deleteTemplate: { deleted: boolean };
}
