import { getDB } from '../../store/db';
import { getSettings, saveSettings } from '../../store/settings';
import { deleteTemplate, listTemplates, saveTemplate } from '../../store/templates';
import { describeIssues, type Handlers } from '../router';
import { Settings, patchOf } from '../../model';
import { resyncAllFollowUps } from '../../store/followups';
import { afterChange } from '../after-change';

const SettingsPatch = patchOf(Settings);

export const settingsHandlers: Pick<Handlers, 'getSettings' | 'saveSettings' | 'listTemplates' | 'saveTemplate' | 'deleteTemplate'> = {
  async getSettings() {
    return getSettings(await getDB());
  },
  async saveSettings({ patch }) {
    const db = await getDB();
    const checked = SettingsPatch.safeParse(patch);
    if (!checked.success) throw new Error(`These settings are not valid: ${describeIssues(checked.error)}`);
    const before = await getSettings(db);
    const saved = await saveSettings(db, checked.data);
    // Offsets, quiet hours and the time zone decide due times: move open follow-ups to match.
    const timing = (s: typeof saved) => JSON.stringify([s.offsets, s.quietHours, s.timeZone]);
    if (timing(before) !== timing(saved)) {
      await resyncAllFollowUps(db, Date.now());
    }
    await afterChange();
    return saved;
  },
  async listTemplates() {
    return listTemplates(await getDB());
  },
  async saveTemplate({ template }) {
    return saveTemplate(await getDB(), template);
  },
  async deleteTemplate({ id }) {
    return { deleted: await deleteTemplate(await getDB(), id) };
  },
};
