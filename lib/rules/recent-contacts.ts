import type { Meeting } from '../model';
import { heldTime } from './drives';
import type { TeamContact } from './team';

const DAY = 86_400_000;

/** Someone already in touch with the person: shown above "Plan a new 1:1". */
export interface RecentContact {
  /** `mine`: this organizer's own records; `team`: an imported team file; `crm`: the CRM's contact log. */
  source: 'mine' | 'team' | 'crm';
  /** The other organizer's name (empty for `mine`). */
  who: string;
  at: number;
  kind: 'held' | 'scheduled';
}

/**
 * Who held a 1:1 with the person in the last `days` days, or has one scheduled (from `days` ago
 * on, future dates included), newest first, one line per organizer. `team` comes from an index
 * lookup on the person; `crm` is the seam for contacts read from a connected CRM (the write-back
 * work): pass them in and they are shown the same way.
 */
export function recentContacts(input: {
  own: readonly Meeting[];
  team: readonly TeamContact[];
  crm?: readonly RecentContact[];
  now: number;
  days: number;
}): RecentContact[] {
  const since = input.now - input.days * DAY;
  const out: RecentContact[] = [];
  for (const m of input.own) {
    if (m.status === 'held') {
      const at = heldTime(m);
      if (at >= since && at <= input.now) out.push({ source: 'mine', who: '', at, kind: 'held' });
    } else if ((m.status === 'planned' || m.status === 'in-progress') && m.scheduledAt !== undefined && m.scheduledAt >= since) {
      out.push({ source: 'mine', who: '', at: m.scheduledAt, kind: 'scheduled' });
    }
  }
  for (const c of input.team) {
    if (c.at < since || (c.kind === 'held' && c.at > input.now)) continue;
    out.push({ source: 'team', who: c.organizerName, at: c.at, kind: c.kind });
  }
  for (const c of input.crm ?? []) if (c.at >= since) out.push(c);

  // One line per person in touch: their latest (a scheduled 1:1 ahead wins over one held).
  out.sort((a, b) => b.at - a.at);
  const seen = new Set<string>();
  return out.filter((c) => {
    const who = `${c.source}|${c.who.trim().toLowerCase()}`;
    if (seen.has(who)) return false;
    seen.add(who);
    return true;
  });
}
