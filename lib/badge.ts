import { browser } from 'wxt/browser';
import { countOverdue } from './store/followups';
import type { DB } from './store/db';
import { formatNumber, t } from './i18n';

/** Red reads as urgent on both light and dark toolbars. */
export const BADGE_COLOR = '#c62828';

/** Shows the number of overdue follow-ups on the toolbar button; nothing at zero. */
export async function refreshBadge(db: DB, now = Date.now()): Promise<number> {
  return showOverdueCount(await countOverdue(db, now));
}

/** Shows a count of overdue follow-ups already made (the popup counts them for its heading). */
export async function showOverdueCount(count: number): Promise<number> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  await browser.action.setTitle({
    title: t('reminders.badge', count, [formatNumber(count)]),
  });
  return count;
}
