import { browser } from 'wxt/browser';
import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import { afterChange } from '../after-change';
import { getDB } from '../../store/db';
import { completeFollowUp, snoozeFollowUp } from '../../store/followups';
import { getSettings } from '../../store/settings';
import { resolveTimeZone } from '../../rules/followups';
import type { FollowUp } from '../../model';
import type { FollowUpGroup } from '../../protocol/followups';
import type { Handlers } from '../router';
import { openPersonPage } from '../open-person';

/** At most this many per section: the popup is a daily list, not an archive. */
const SECTION_LIMIT = 300;

export const followUpHandlers: Pick<Handlers, 'listFollowUps' | 'completeFollowUp' | 'snoozeFollowUp' | 'openFollowUp'> = {
  async listFollowUps({ days }) {
    const db = await getDB();
    const now = Date.now();
    const settings = await getSettings(db);
    const timeZone = resolveTimeZone(settings);
    const todayEnds = endOfDay(new TZDate(now, timeZone)).getTime();
    const horizon = now + days * 86_400_000;
    const active = await db.getAllFromIndex('followups', 'by-active', IDBKeyRange.upperBound(horizon));
    const sections = { overdue: [] as FollowUp[], today: [] as FollowUp[], upcoming: [] as FollowUp[] };
    for (const f of active) {
      const at = f.activeAt ?? f.dueAt;
      const section = at <= now ? sections.overdue : at <= todayEnds ? sections.today : sections.upcoming;
      if (section.length < SECTION_LIMIT) section.push(f);
    }
    const people = new Map<string, { name: string; url: string }>();
    const group = async (list: FollowUp[]): Promise<FollowUpGroup[]> => {
      const groups = new Map<string, FollowUpGroup>();
      for (const f of list) {
        if (!people.has(f.personKey)) {
          const p = await db.get('people', f.personKey);
          people.set(f.personKey, { name: p?.name || 'Unknown person', url: p?.url ?? '' });
        }
        const person = people.get(f.personKey)!;
        const g = groups.get(f.personKey) ?? { personKey: f.personKey, personName: person.name, url: person.url, followUps: [] };
        g.followUps.push(f);
        groups.set(f.personKey, g);
      }
      return [...groups.values()];
    };
    return {
      now,
      timeZone,
      snoozeMinutes: settings.snoozeMinutes,
      overdue: await group(sections.overdue),
      today: await group(sections.today),
      upcoming: await group(sections.upcoming),
    };
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
    if (!followUp) throw new Error(`No follow-up is stored under "${id}"`);
    return { tabId: await openPersonPage(db, followUp) };
  },
};
