import type { ComponentChildren } from 'preact';
import type { Commitment, CommitmentStatus, Meeting } from '../../lib/model';
import { formatDay, formatWhen } from '../../lib/dates';

const answers = { yes: 'Clear yes', ambivalent: 'Ambivalent', no: 'No' } as const;

interface Props {
  meetings: Meeting[];
  commitments: Commitment[];
  timeZone: string;
  now: number;
  onCommitmentStatus(id: string, status: CommitmentStatus): void;
  /** Offers a commitment as a calendar file. */
  onCalendar(commitment: Commitment): void;
  /** Shown under each finished 1:1 (its way to the CRM). */
  renderHeld?(meeting: Meeting): ComponentChildren;
}

/** The person's history in a glance: last 1:1s and open commitments both ways. */
export function AtAGlance({ meetings, commitments, timeZone, now, onCommitmentStatus, onCalendar, renderHeld }: Props) {
  const held = meetings.filter((m) => m.status === 'held').slice(0, 3);
  return (
    <section class="occ-section" aria-labelledby="occ-history">
      <h3 id="occ-history">Last 1:1s</h3>
      {held.length === 0 ? (
        <p class="occ-muted">No 1:1 recorded yet.</p>
      ) : (
        <ul class="occ-list">
          {held.map((m) => (
            <li key={m.id}>
              {formatDay(m.endedAt ?? m.updatedAt, timeZone)}: {m.answer ? answers[m.answer] : 'no ask recorded'}
              {m.ask ? ` to “${m.ask}”` : ''}
              {renderHeld?.(m)}
            </li>
          ))}
        </ul>
      )}
      <h3>Open commitments</h3>
      {commitments.length === 0 ? <p class="occ-muted">None open.</p> : null}
      {(['theirs', 'mine'] as const).map((direction) => {
        const list = commitments.filter((c) => c.direction === direction);
        if (!list.length) return null;
        return (
          <div key={direction}>
            <p class="occ-subhead">{direction === 'theirs' ? 'Theirs' : 'Yours'}</p>
            <ul class="occ-list">
              {list.map((c) => (
                <li key={c.id} class="occ-item">
                  <span>
                    {c.what}
                    {c.goal ? ` (${c.goal})` : ''} · due {formatWhen(c.dueAt, timeZone)}
                    {c.dueAt < now ? <strong class="occ-badge"> Overdue</strong> : null}
                  </span>
                  <span class="occ-actions">
                    <button type="button" class="occ-icon-button" aria-label={`Mark kept: ${c.what}`} onClick={() => onCommitmentStatus(c.id, 'kept')}>
                      Kept
                    </button>
                    <button type="button" class="occ-icon-button" aria-label={`Mark missed: ${c.what}`} onClick={() => onCommitmentStatus(c.id, 'missed')}>
                      Missed
                    </button>
                    <button type="button" class="occ-icon-button" aria-label={`Add to calendar: ${c.what}`} onClick={() => onCalendar(c)}>
                      Calendar
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
