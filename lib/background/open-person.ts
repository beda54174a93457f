import { browser } from 'wxt/browser';
import type { DB } from '../store/db';
import type { FollowUp } from '../model';
import { nudgePanel } from './handlers/panel';
import { t } from '../i18n';

export const FOCUS_KEY = 'focus';
/** A request to show a follow-up is honoured only for a short while after it was made. */
const FOCUS_TTL_MS = 2 * 60_000;

interface FocusRequest {
  personKey: string;
  followUpId: string;
  at: number;
}

/**
 * Focuses the person's CRM tab if one is open, else opens it, and leaves word in the store
 * for the panel to show this follow-up (a new tab's panel asks for it when it loads).
 */
export async function openPersonPage(db: DB, followUp: FollowUp): Promise<number> {
  const person = await db.get('people', followUp.personKey);
  if (!person) throw new Error(t('errors.personGone'));
  await db.put('meta', { personKey: person.key, followUpId: followUp.id, at: Date.now() } satisfies FocusRequest, FOCUS_KEY);
  const url = new URL(person.url);
  const [open] = await browser.tabs.query({ url: `*://${url.host}${url.pathname}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    // An open panel refreshes and shows it; a tab without one ignores this.
    await nudgePanel(open.id, 'focus');
    return open.id;
  }
  const created = await browser.tabs.create({ url: person.url });
  return created.id ?? -1;
}

/** The follow-up to show for this person, if one was asked for just now (and forget it). */
export async function takeFocus(db: DB, personKey: string, now: number): Promise<string | undefined> {
  const request = (await db.get('meta', FOCUS_KEY)) as FocusRequest | undefined;
  if (!request || request.personKey !== personKey || now - request.at > FOCUS_TTL_MS) return undefined;
  await db.delete('meta', FOCUS_KEY);
  return request.followUpId;
}
