import { browser } from 'wxt/browser';
import { getDB } from '../store/db';
import { SINGLE_PREFIX, SUMMARY_PREFIX } from '../notify';
import { followUpHandlers } from './handlers/followups';
import { openPersonPage } from './open-person';

const followUpId = (notificationId: string) =>
  notificationId.startsWith(SINGLE_PREFIX) ? notificationId.slice(SINGLE_PREFIX.length) : undefined;

/** A click opens the person's page on that follow-up; a summary opens the follow-up list. */
export async function onNotificationClick(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  const id = followUpId(notificationId);
  if (id) {
    const db = await getDB();
    const followUp = await db.get('followups', id);
    if (followUp) await openPersonPage(db, followUp);
  } else if (notificationId.startsWith(SUMMARY_PREFIX)) {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/**
 * Buttons: 0 is Done, 1 is Snooze (for the snooze length in settings). When the follow-up is
 * gone (its 1:1 finished, its commitment closed), the notification just closes.
 */
export async function onNotificationButton(notificationId: string, button: number): Promise<void> {
  const id = followUpId(notificationId);
  if (!id) return;
  const db = await getDB();
  if (!(await db.get('followups', id))) {
    await browser.notifications.clear(notificationId).catch(() => false);
    return;
  }
  if (button === 0) await followUpHandlers.completeFollowUp({ id }, {});
  else await followUpHandlers.snoozeFollowUp({ id }, {});
}
