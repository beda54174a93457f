import { getDB } from '../../store/db';
import { getSettings, saveSettings } from '../../store/settings';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from '../../store/templates';
import { t } from '../../i18n';
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
    if (!checked.success) throw new Error(t('errors.settingsInvalid', [describeIssues(checked.error)]));
    // A default naming no model would leave "Plan a new 1:1" with nothing to plan.
    const chosen = checked.data.defaultTemplateId;
    if (chosen !== undefined && !(await getTemplate(db, chosen))) throw new Error(t('data.noSuchTemplate', [chosen]));
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
    return deleteTemplate(await getDB(), id);
  },
};
