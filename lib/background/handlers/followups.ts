import { browser } from 'wxt/browser';
import { afterChange } from '../after-change';
import { getDB } from '../../store/db';
import { completeFollowUp, snoozeFollowUp } from '../../store/followups';
import { countSection, sectionPage, type ListFilter } from '../../store/followup-pages';
import { getSettings } from '../../store/settings';
import { showOverdueCount } from '../../badge';
import { resolveTimeZone } from '../../rules/followups';
import { PAGE_SIZE, SECTIONS, cursorOf, groupByPerson, sectionBounds } from '../../rules/followup-pages';
import type { FollowUp } from '../../model';
import type { FollowUpGroup, FollowUpList, Section } from '../../protocol/followups';
import type { Handlers } from '../router';
import { openPersonPage } from '../open-person';
import { t } from '../../i18n';
import type { DB } from '../../store/db';

/** Names and pages of the people a page of follow-ups belongs to, read in one go. */
async function group(db: DB, items: FollowUp[]): Promise<FollowUpGroup[]> {
  const keys = [...new Set(items.map((f) => f.personKey))];
  const tx = db.transaction('people', 'readonly');
  const found = await Promise.all(keys.map((key) => tx.store.get(key)));
  const people = new Map(keys.map((key, i) => [key, { name: found[i]?.name || t('popup.unknownPerson'), url: found[i]?.url ?? '' }]));
  return groupByPerson(items, (key) => people.get(key)!);
}

export const followUpHandlers: Pick<Handlers, 'listFollowUps' | 'moreFollowUps' | 'completeFollowUp' | 'snoozeFollowUp' | 'openFollowUp'> = {
  async listFollowUps({ days, personKey, kind, limits }) {
    const db = await getDB();
    const now = Date.now();
    const settings = await getSettings(db);
    const timeZone = resolveTimeZone(settings);
    const bounds = sectionBounds(now, timeZone, days);
    const filter: ListFilter = { personKey, kind };
    // Counts and pages in one transaction, so the totals describe the rows sent with them.
    const store = db.transaction('followups', 'readonly').store;
    const [totals, pages] = await Promise.all([
      Promise.all(SECTIONS.map((s) => countSection(store, s, bounds, filter))),
      Promise.all(SECTIONS.map((s) => sectionPage(store, s, bounds, filter, limits?.[s] ?? PAGE_SIZE))),
    ]);
    // The heading and the badge tell the same number, even between two alarms.
    if (!personKey && !kind) void showOverdueCount(totals[0]!).catch(() => 0);
    const [overdue, today, upcoming] = await Promise.all(pages.map((page) => group(db, page)));
    const after: FollowUpList['after'] = {};
    SECTIONS.forEach((s, i) => {
      const last = pages[i]!.at(-1);
      if (last) after[s] = cursorOf(last);
    });
    return {
      now,
      timeZone,
      snoozeMinutes: settings.snoozeMinutes,
      overdue: overdue!,
      today: today!,
      upcoming: upcoming!,
      totals: Object.fromEntries(SECTIONS.map((s, i) => [s, totals[i]!])) as Record<Section, number>,
      after,
    };
  },

  async moreFollowUps({ section, now, days, after, limit, personKey, kind }) {
    const db = await getDB();
    const timeZone = resolveTimeZone(await getSettings(db));
    const store = db.transaction('followups', 'readonly').store;
    const page = await sectionPage(store, section, sectionBounds(now, timeZone, days), { personKey, kind }, limit ?? PAGE_SIZE, after);
    const last = page.at(-1);
    return { groups: await group(db, page), after: last ? cursorOf(last) : undefined };
  },

  async completeFollowUp({ id }) {
    const db = await getDB();
    const done = await completeFollowUp(db, id, Date.now());
    await browser.notifications.clear(`fu:${id}`).catch(() => false);
    await afterChange();
    return done;
  },

  async snoozeFollowUp({ id, minutes }) {
    const db = await getDB();
    const length = minutes ?? (await getSettings(db)).snoozeMinutes;
    const now = Date.now();
    const snoozed = await snoozeFollowUp(db, id, now + length * 60_000, now);
    await browser.notifications.clear(`fu:${id}`).catch(() => false);
    await afterChange();
    return snoozed;
  },

  async openFollowUp({ id }) {
    const db = await getDB();
    const followUp = await db.get('followups', id);
    if (!followUp) throw new Error(t('errors.noFollowUp', [id]));
    return { tabId: await openPersonPage(db, followUp) };
  },
};
