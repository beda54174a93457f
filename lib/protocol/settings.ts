import { z } from 'zod';
import { Id, Settings, Template } from '../model';
import type { DeletedTemplate } from '../store/templates';

export const settingsRequests = {
  getSettings: z.object({}).strict(),
  /** Merge a partial change into the settings; the result is validated whole. */
  saveSettings: z.object({ patch: z.record(z.string(), z.unknown()) }).strict(),
  listTemplates: z.object({}).strict(),
  /** Create or replace a custom template (built-in ones cannot be changed, only copied). */
  saveTemplate: z.object({ template: z.unknown() }).strict(),
  deleteTemplate: z.object({ id: Id }).strict(),
};

export interface SettingsResponses {
  getSettings: Settings;
  saveSettings: Settings;
  listTemplates: Template[];
  saveTemplate: Template;
  deleteTemplate: DeletedTemplate;
}
