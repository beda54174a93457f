import { Settings, defaultSettings } from '../model';
import type { DB } from './db';

const KEY = 'settings';

export async function getSettings(db: DB): Promise<Settings> {
  const stored = await db.get('settings', KEY);
  // Parse so that settings stored by an older version gain new fields' defaults.
  return stored ? Settings.parse(stored) : defaultSettings();
}

export async function saveSettings(db: DB, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const current = Settings.parse((await tx.store.get(KEY)) ?? {});
  const next = Settings.parse({ ...current, ...patch });
  await tx.store.put(next, KEY);
  await tx.done;
  return next;
}
