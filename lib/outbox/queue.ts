import { connectionId, OutboxItem, type Connection } from '../crm/writeback/model';
import type { Meeting, Person } from '../model';
import type { DB, Tx } from '../store/db';

/**
 * The outbox's records: which sends exist and when each next needs the worker. The worker that
 * sends is lib/outbox/runner.ts; this file only writes the queue, inside the callers'
 * transactions where the 1:1 is written too.
 */

/** Stores a transaction must span to queue a send. */
export const QUEUE_STORES = ['connections', 'outbox'] as const;

const PENDING = new Set<OutboxItem['state']>(['preview', 'waiting', 'sending', 'failed']);

export const newItemId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 16);

type Reader = Pick<Tx, 'objectStore'>;
/** Any transaction over the outbox, read-only or not. */
type OutboxReader = { objectStore(name: 'outbox'): { index(name: 'by-meeting'): { getAll(key: string): Promise<OutboxItem[]> } } };

/** The newest send for a 1:1 (an update comes after the report it updates). */
export async function latestItem(tx: OutboxReader, meetingId: string): Promise<OutboxItem | undefined> {
  const items = (await tx.objectStore('outbox').index('by-meeting').getAll(meetingId)) as OutboxItem[];
  return items.sort((a, b) => a.createdAt - b.createdAt).at(-1);
}

/** When a new or released item is next tried: now if its account can take it, else when reconnected. */
function readyAt(connection: Connection, now: number): number | undefined {
  return connection.state === 'connected' ? now : undefined;
}

/**
 * Queues the 1:1's report for its person's CRM account, when that account is connected; does
 * nothing otherwise (nothing leaves the computer without a connection). A 1:1 whose report is
 * already waiting is not queued twice: the send reads the 1:1 as it is when it goes. After a
 * report went out, queueing again sends the update. The first send on a connection waits for
 * the organizer to see what it holds, unless `confirmed` (they just did).
 */
export async function queueSendInTx(tx: Reader, meeting: Meeting, person: Person, now: number, confirmed = false): Promise<OutboxItem | undefined> {
  const connections = tx.objectStore('connections');
  const connection = (await connections.get(connectionId(person.crm, person.account))) as Connection | undefined;
  if (!connection) return undefined;
  const outbox = tx.objectStore('outbox');
  const latest = await latestItem(tx, meeting.id);
  if (confirmed && !connection.confirmedAt) await connections.put({ ...connection, confirmedAt: now, updatedAt: now });
  const show = !(confirmed || connection.confirmedAt);
  if (latest && PENDING.has(latest.state)) {
    // Already queued; a confirmation releases one held for the preview.
    if (latest.state === 'preview' && !show) {
      const released: OutboxItem = { ...latest, state: 'waiting', nextAt: readyAt(connection, now), updatedAt: now };
      await outbox.put(released);
      return released;
    }
    return latest;
  }
  const item = OutboxItem.parse({
    id: newItemId(),
    connectionId: connection.id,
    meetingId: meeting.id,
    personKey: meeting.personKey,
    kind: latest?.state === 'sent' ? 'update' : 'report',
    state: show ? 'preview' : 'waiting',
    nextAt: show ? undefined : readyAt(connection, now),
    createdAt: now,
    updatedAt: now,
  });
  await outbox.put(item);
  return item;
}

/** Queues (or re-queues) a 1:1's send outside the finish: Send, Send the update, Send it after the preview. */
export async function queueSend(db: DB, meetingId: string, now: number, confirmed: boolean): Promise<OutboxItem | undefined> {
  const tx = db.transaction(['meetings', 'people', ...QUEUE_STORES], 'readwrite');
  const meeting = await tx.objectStore('meetings').get(meetingId);
  if (!meeting) throw new Error(`No 1:1 is stored under "${meetingId}"`);
  if (meeting.status !== 'held') throw new Error('Only a finished 1:1 is sent to the CRM');
  const person = await tx.objectStore('people').get(meeting.personKey);
  if (!person) throw new Error(`No person is stored under "${meeting.personKey}"`);
  const item = await queueSendInTx(tx, meeting, person, now, confirmed);
  await tx.done;
  return item;
}

/** Retry after a refusal the CRM explained (or sooner than the backoff said). */
export async function retrySend(db: DB, meetingId: string, now: number): Promise<OutboxItem | undefined> {
  const tx = db.transaction([...QUEUE_STORES], 'readwrite');
  const item = await latestItem(tx, meetingId);
  const connection = item ? await tx.objectStore('connections').get(item.connectionId) : undefined;
  if (!item || !connection || (item.state !== 'failed' && item.state !== 'waiting')) {
    await tx.done;
    return item;
  }
  const next: OutboxItem = { ...item, state: 'waiting', nextAt: readyAt(connection, now), error: undefined, updatedAt: now };
  await tx.objectStore('outbox').put(next);
  await tx.done;
  return next;
}

/** Drops a send that has not gone out; the 1:1 stays as it is, and can be sent later. */
export async function discardSend(db: DB, meetingId: string): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const item = await latestItem(tx, meetingId);
  if (item && item.state !== 'sent' && item.state !== 'sending') await tx.store.delete(item.id);
  await tx.done;
}

/** After reconnecting: everything that waited for the account is due now. */
export async function releaseConnection(db: DB, id: string, now: number): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const items = await tx.store.index('by-connection').getAll(id);
  await Promise.all(items.filter((i) => i.state === 'waiting' || i.state === 'sending').map((i) => tx.store.put({ ...i, state: 'waiting', nextAt: now, updatedAt: now })));
  await tx.done;
}

/** Disconnecting: sends that have not gone out are dropped with the connection. */
export async function dropUnsent(tx: Pick<Tx, 'objectStore'>, id: string): Promise<void> {
  const store = tx.objectStore('outbox');
  const items = (await store.index('by-connection').getAll(id)) as OutboxItem[];
  await Promise.all(items.filter((i) => i.state !== 'sent').map((i) => store.delete(i.id)));
}
