import { connectionId, type Connection, type ConnectionState, type OutboxItem, type OutboxState } from '../crm/writeback/model';
import type { CrmKind, Meeting, Person, Settings } from '../model';
import type { DB } from '../store/db';
import { latestItem } from './queue';

/** A 1:1's send, as the panel shows it (no content, no credential). */
export interface CrmSendView {
  state: OutboxState;
  kind: OutboxItem['kind'];
  tries: number;
  nextAt?: number;
  error?: string;
  sentAt?: number;
  /** The report was edited after it was sent: the panel offers to send the update. */
  edited: boolean;
}

/** What the panel needs to show CRM sends on a person's 1:1s. */
export interface CrmPanelStatus {
  /** The person's CRM account, when it is connected (or was, and needs reconnecting). */
  connection?: { crm: CrmKind; account: string; state: ConnectionState; problem?: string; confirmed: boolean };
  /** Latest send per finished 1:1, by 1:1 id. */
  sends: Record<string, CrmSendView>;
  /** The team's form is set up in Options. */
  teamForm: boolean;
}

export function sendView(item: OutboxItem, meeting: Pick<Meeting, 'rev'> | undefined): CrmSendView {
  return {
    state: item.state,
    kind: item.kind,
    tries: item.tries,
    nextAt: item.nextAt,
    error: item.error,
    sentAt: item.sentAt,
    edited: item.state === 'sent' && meeting !== undefined && item.sentRev !== undefined && meeting.rev > item.sentRev,
  };
}

function connectionBrief(connection: Connection): NonNullable<CrmPanelStatus['connection']> {
  return { crm: connection.crm, account: connection.account, state: connection.state, problem: connection.problem, confirmed: connection.confirmedAt !== undefined };
}

/** The CRM status of a person's finished 1:1s; two small reads when nothing is connected. */
export async function panelStatus(db: DB, person: Pick<Person, 'crm' | 'account' | 'key'>, meetings: Meeting[], settings: Pick<Settings, 'teamForm'>): Promise<CrmPanelStatus> {
  const tx = db.transaction(['connections', 'outbox'], 'readonly');
  const connection = await tx.objectStore('connections').get(connectionId(person.crm, person.account));
  const sends: Record<string, CrmSendView> = {};
  const held = meetings.filter((m) => m.status === 'held');
  if (held.length && (await tx.objectStore('outbox').index('by-person').count(person.key))) {
    for (const meeting of held) {
      const item = await latestItem(tx, meeting.id);
      if (item) sends[meeting.id] = sendView(item, meeting);
    }
  }
  return { connection: connection ? connectionBrief(connection) : undefined, sends, teamForm: Boolean(settings.teamForm.url) };
}
