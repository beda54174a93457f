import { pageSender } from './panel-tab';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRequest } from '../../../lib/background/router';
import { followUpHandlers } from '../../../lib/background/handlers/followups';
import { getDB } from '../../../lib/store/db';
import { countOverdue } from '../../../lib/store/followups';
import { saveSettings } from '../../../lib/store/settings';
import { withActiveAt } from '../../../lib/rules/followups';
import { PAGE_SIZE, countShown, mergeGroups } from '../../../lib/rules/followup-pages';
import type { FollowUp, FollowUpKind } from '../../../lib/model';
import type { FollowUpGroup, FollowUpList, Section } from '../../../lib/protocol/followups';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
const HOUR = 3_600_000;
// An extension page (the popup, the reports page) asks.
const self = pageSender;
const ask = <K extends 'listFollowUps' | 'moreFollowUps'>(type: K, data: unknown) => checkRequest(type, data, self, 'ext');

/**
 * 130 overdue follow-ups (many sharing one due time, as a sweep of reminders would), 30 due
 * later today, 45 in the coming days, some done and some too far ahead: across 12 people.
 */
async function seed() {
  const db = await getDB();
  await saveSettings(db, { timeZone: 'UTC' });
  for (let p = 0; p < 12; p++) {
    await db.put('people', { key: `p${p}`, crm: 'nationbuilder', account: 'riverside', crmId: String(p), name: `Person ${p}`, url: `https://riverside.nationbuilder.com/admin/signups/${p}`, bestWay: '', accessNeeds: '', relationship: '', ladder: 'unknown', notes: '', createdAt: 0, updatedAt: 0, rev: 0, fieldRevs: {} });
  }
  const kinds: FollowUpKind[] = ['thank-you', 'commitment-check', 'check-in'];
  const all: FollowUp[] = [];
  const add = (n: number, dueAt: (i: number) => number, extra: Partial<FollowUp> = {}) => {
    const start = all.length;
    for (let i = 0; i < n; i++) {
      const k = start + i;
      all.push(withActiveAt({ id: `f${String(k).padStart(4, '0')}`, personKey: `p${k % 12}`, kind: kinds[k % 3]!, title: `Follow-up ${k}`, dueAt: dueAt(i), status: 'open', createdAt: 0, updatedAt: 0, ...extra }));
    }
  };
  add(130, (i) => (i < 50 ? NOW - 2 * HOUR : NOW - (i + 3) * HOUR)); // overdue; 50 share one time
  add(30, (i) => NOW + 1000 + i * 60_000); // later today (12:00 UTC now)
  add(45, (i) => NOW + 24 * HOUR + i * HOUR); // upcoming within 7 days
  add(10, () => NOW - 10 * HOUR, { status: 'done', doneAt: NOW - HOUR }); // done: nowhere
  add(10, () => NOW + 20 * 24 * HOUR); // past the horizon
  add(5, () => NOW - 30 * HOUR, { status: 'snoozed', snoozedUntil: NOW + 2 * HOUR }); // snoozed to later today
  for (const f of all) await db.put('followups', f);
  return { db, all };
}

const ids = (groups: FollowUpGroup[]) => groups.flatMap((g) => g.followUps.map((f) => f.id));
const at = (f: FollowUp) => f.activeAt ?? f.dueAt;

/** Pages through a whole section the way the popup's "Show more" does. */
async function readAll(list: FollowUpList, section: Section, filter: { personKey?: string; kind?: FollowUpKind } = {}) {
  let groups = list[section];
  let after = list.after[section];
  let pages = 1;
  while (countShown(groups) < list.totals[section] && after) {
    const page = await followUpHandlers.moreFollowUps(ask('moreFollowUps', { section, now: list.now, days: 7, after, ...filter }), {});
    groups = mergeGroups(groups, page.groups);
    after = page.after;
    pages++;
  }
  return { groups, pages };
}

describe('the popup’s list, paged through indexes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('counts the true totals, the overdue one equal to the badge’s, and sends only a first page', async () => {
    const { db } = await seed();
    const list = await followUpHandlers.listFollowUps(ask('listFollowUps', {}), {});
    expect(list.totals).toEqual({ overdue: 130, today: 35, upcoming: 45 });
    expect(list.totals.overdue).toBe(await countOverdue(db, NOW));
    expect(countShown(list.overdue)).toBe(PAGE_SIZE);
    expect(countShown(list.today)).toBe(PAGE_SIZE);
  });

  it('orders the overdue ones most overdue first', async () => {
    const { all } = await seed();
    const list = await followUpHandlers.listFollowUps(ask('listFollowUps', {}), {});
    const first = list.overdue.flatMap((g) => g.followUps);
    const expected = all.filter((f) => f.activeAt !== undefined && f.activeAt <= NOW).sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
    expect(first.map((f) => f.id).sort()).toEqual(expected.slice(0, PAGE_SIZE).map((f) => f.id).sort());
    // Each card's rows keep the order, and cards follow their most overdue row.
    for (const g of list.overdue) expect(g.followUps.map(at)).toEqual([...g.followUps.map(at)].sort((a, b) => a - b));
    expect(list.overdue.map((g) => at(g.followUps[0]!))).toEqual([...list.overdue.map((g) => at(g.followUps[0]!))].sort((a, b) => a - b));
  });

  it('“Show more” reaches every follow-up of a section once, even where many share a due time', async () => {
    const { all } = await seed();
    const list = await followUpHandlers.listFollowUps(ask('listFollowUps', {}), {});
    for (const section of ['overdue', 'today', 'upcoming'] as const) {
      const { groups, pages } = await readAll(list, section);
      const got = ids(groups);
      expect(new Set(got).size).toBe(got.length);
      expect(got.length).toBe(list.totals[section]);
      if (section === 'overdue') {
        expect(pages).toBe(Math.ceil(130 / PAGE_SIZE));
        expect(got.sort()).toEqual(all.filter((f) => f.activeAt !== undefined && f.activeAt <= NOW).map((f) => f.id).sort());
      }
    }
  });

  it('filters to one kind, one person, or both, with totals to match', async () => {
    const { all } = await seed();
    const open = all.filter((f) => f.activeAt !== undefined && f.activeAt <= NOW);
    const byKind = await followUpHandlers.listFollowUps(ask('listFollowUps', { kind: 'commitment-check' }), {});
    expect(byKind.totals.overdue).toBe(open.filter((f) => f.kind === 'commitment-check').length);
    expect(ids(byKind.overdue).every((id) => all.find((f) => f.id === id)!.kind === 'commitment-check')).toBe(true);
    const kindRows = await readAll(byKind, 'overdue', { kind: 'commitment-check' });
    expect(countShown(kindRows.groups)).toBe(byKind.totals.overdue);

    const byPerson = await followUpHandlers.listFollowUps(ask('listFollowUps', { personKey: 'p3' }), {});
    expect(byPerson.totals.overdue).toBe(open.filter((f) => f.personKey === 'p3').length);
    expect(byPerson.overdue.map((g) => g.personName)).toEqual(['Person 3']);

    const both = await followUpHandlers.listFollowUps(ask('listFollowUps', { personKey: 'p3', kind: 'thank-you' }), {});
    expect(both.totals.overdue).toBe(open.filter((f) => f.personKey === 'p3' && f.kind === 'thank-you').length);
    expect(both.totals.overdue).toBeGreaterThan(0);
  });

  it('redraws as much as was shown when asked for larger pages', async () => {
    await seed();
    const list = await followUpHandlers.listFollowUps(ask('listFollowUps', { limits: { overdue: 57 } }), {});
    expect(countShown(list.overdue)).toBe(57);
    expect(countShown(list.upcoming)).toBe(PAGE_SIZE);
  });
});

describe('merging pages into cards', () => {
  const f = (id: string, personKey: string) => ({ id, personKey }) as FollowUp;
  const g = (personKey: string, ...rows: string[]): FollowUpGroup => ({ personKey, personName: personKey, url: '', followUps: rows.map((id) => f(id, personKey)) });

  it('keeps one card per person and never shows a row twice', () => {
    const merged = mergeGroups([g('a', '1', '2'), g('b', '3')], [g('b', '3', '4'), g('c', '5'), g('a', '6')]);
    expect(merged.map((x) => [x.personKey, x.followUps.map((r) => r.id)])).toEqual([
      ['a', ['1', '2', '6']],
      ['b', ['3', '4']],
      ['c', ['5']],
    ]);
  });
});
