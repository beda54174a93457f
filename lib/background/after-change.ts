import { refreshBadge } from '../badge';
import { clearStaleNotifications, notifyDue } from '../notify';
import { reconcileAlarms } from '../scheduler';
import { getDB } from '../store/db';
import { getSettings } from '../store/settings';

/**
 * Brings everything that mirrors the store up to date: the badge first (staff watch it), then
 * notifications (closing those whose follow-up is gone or put off, showing anything now due),
 * then the alarms. Runs after every write that can change follow-ups, when an alarm fires, and
 * whenever the worker starts. Safe to run any number of times: it reads the store and nothing else.
 */
export async function afterChange(now = Date.now()): Promise<void> {
  const db = await getDB();
  await refreshBadge(db, now);
  await clearStaleNotifications(db, now);
  const settings = await getSettings(db);
  const { heldUntil } = await notifyDue(db, settings, now);
  await reconcileAlarms(db, now, heldUntil);
}
