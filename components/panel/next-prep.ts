import type { Commitment, Meeting } from '../../lib/model';
import { clip, LIMITS } from '../../lib/limits';
import { formatDay, formatWhenNear } from '../../lib/dates';
import { t } from '../../lib/i18n';

/**
 * "Prepare the next 1:1": what the last one taught and what is still open both ways, carried
 * into the new prep so the organizer reads it before they meet again.
 */
export function nextPrep(last: Meeting | undefined, open: readonly Commitment[], now: number, timeZone: string): Partial<Meeting['prep']> {
  const known: string[] = [];
  if (last?.learned?.trim()) known.push(t('panel.next.learned', [formatDay(last.endedAt ?? last.updatedAt, timeZone), last.learned.trim()]));
  if (last?.prep?.knownAbout?.trim()) known.push(last.prep.knownAbout.trim());
  const questions = open.map((c) =>
    t(c.direction === 'theirs' ? 'panel.next.theirs' : 'panel.next.mine', [c.what, formatWhenNear(c.dueAt, now, timeZone)]),
  );
  return {
    relationship: last?.prep?.relationship ?? '',
    knownAbout: clip(known.join('\n\n'), LIMITS.long),
    questions: clip(questions.join('\n'), LIMITS.long),
  };
}
