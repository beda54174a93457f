import { t } from '../i18n';
import { getDB } from '../store/db';
import { backoffDelay, nextSlot } from '../rules/backoff';
import { writers } from '../crm/writeback';
import { markerFor } from '../crm/writeback/summary';
import { ExplainedFailure, type ApiRequest, type Found, type SendContext } from '../crm/writeback/types';
import { tokenExpired, type Connection, type OutboxItem, type Secret } from '../crm/writeback/model';
import { refreshTokens } from '../crm/writeback/oauth';
import { callApi, REQUEST_TIMEOUT_MS, type ApiAnswer, type Fetch } from './http';
import { credentialOf, scrub } from './secrets';
import { noteInput } from './context';

/**
 * The outbox worker: sends queued 1:1 reports, one at a time, pacing each account, and decides
 * what happens after each answer:
 *   2xx → next step, then sent;   401/403 → the connection needs reconnecting, nothing retried;
 *   429 → wait for Retry-After;   5xx, network, timeout → back off (exponential, jitter, cap);
 *   other 4xx → failed, with the CRM's reason (Retry or Discard).
 * A write that must not land twice (a NationBuilder contact) is marked in flight before it is
 * sent; if the answer never comes (timeout, worker stopped), the next attempt looks for it
 * first. Everything it needs to resume is in IndexedDB; what lives in this module is a cache.
 */

/** An attempt not finished by then is presumed lost (worker stopped): the alarm comes back for it. */
export const LEASE_MS = REQUEST_TIMEOUT_MS * 2;
/** Waits up to this long run on a timer in the awake worker; longer ones on the outbox alarm. */
export const SHORT_WAIT_MS = 25_000;

export interface OutboxDeps {
  fetch: Fetch;
  now(): number;
  random(): number;
  getSecret(connectionId: string): Promise<Secret | undefined>;
  setSecret(connectionId: string, secret: Secret): Promise<void>;
  hasPermission(origins: string[]): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  /** Asks to be run again at `at` (undefined: nothing is waiting). */
  wakeAt(at: number | undefined): Promise<void>;
}

/** When each account last got a request from this worker (pacing only; losing it is harmless). */
const lastRequestAt = new Map<string, number>();
let running: Promise<void> | undefined;
let again = false;

/** For tests: forget when accounts were last called (each test runs its own clock). */
export function resetPacing(): void {
  lastRequestAt.clear();
}

/** Sends whatever is due. Safe to call any number of times: one run at a time, a second call re-scans after it. */
export function runOutbox(deps: OutboxDeps): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await drain(deps);
      } while (again);
    } finally {
      running = undefined;
    }
    await deps.wakeAt(await nextWake());
  })();
  return running;
}

/** The earliest time an item needs the worker. */
async function nextWake(): Promise<number | undefined> {
  const db = await getDB();
  const cursor = await db.transaction('outbox').store.index('by-next').openCursor();
  return cursor?.value.nextAt;
}

async function drain(deps: OutboxDeps): Promise<void> {
  // Bounded: every attempt either finishes its item or moves it into the future.
  for (let round = 0; round < 1000; round++) {
    const db = await getDB();
    const due = await db.getAllFromIndex('outbox', 'by-next', IDBKeyRange.upperBound(deps.now()));
    if (!due.length) return;
    for (const item of due) await attempt(item.id, deps);
  }
}

type Patch = Partial<OutboxItem>;

async function update(id: string, patch: Patch, now: number): Promise<OutboxItem | undefined> {
  const db = await getDB();
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) return undefined;
  const next = { ...current, ...patch, updatedAt: now };
  for (const key of Object.keys(patch) as (keyof OutboxItem)[]) if (patch[key] === undefined) delete next[key];
  await tx.store.put(next);
  await tx.done;
  return next;
}

async function patchConnection(id: string, patch: Partial<Connection>, now: number): Promise<void> {
  const db = await getDB();
  const tx = db.transaction('connections', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.put({ ...current, ...patch, updatedAt: now });
  await tx.done;
}

/** The account refused the credential: say so, and hold its sends until it is reconnected. */
export async function needsReconnect(connectionId: string, problem: string, now: number): Promise<void> {
  await patchConnection(connectionId, { state: 'needs-reconnect', problem }, now);
  const db = await getDB();
  const tx = db.transaction('outbox', 'readwrite');
  const items = await tx.store.index('by-connection').getAll(connectionId);
  await Promise.all(
    items.filter((i) => i.state === 'waiting' || i.state === 'sending').map((i) => {
      const { nextAt: _released, ...rest } = i;
      return tx.store.put({ ...rest, state: 'waiting', updatedAt: now });
    }),
  );
  await tx.done;
}

async function attempt(id: string, deps: OutboxDeps): Promise<void> {
  const db = await getDB();
  const now = deps.now();
  const item = await db.get('outbox', id);
  if (!item || item.nextAt === undefined || item.nextAt > now) return;
  const connection = await db.get('connections', item.connectionId);
  if (!connection || connection.state !== 'connected') {
    await update(id, { nextAt: undefined, state: item.state === 'sending' ? 'waiting' : item.state }, now);
    return;
  }
  if (connection.holdUntil && connection.holdUntil > now) {
    await update(id, { nextAt: connection.holdUntil, state: 'waiting' }, now);
    return;
  }
  const writer = writers[connection.crm];
  let secret = await deps.getSecret(connection.id);
  if (!secret) return needsReconnect(connection.id, t('writeback.problem.noToken'), now);
  if (tokenExpired(connection, now)) {
    return needsReconnect(connection.id, t('writeback.problem.expired'), now);
  }
  if (!(await deps.hasPermission(writer.origins(connection.account)))) {
    return needsReconnect(connection.id, t('writeback.problem.permission'), now);
  }

  let ctx: SendContext;
  let steps;
  try {
    const input = await noteInput(db, item.meetingId, false);
    ctx = { ...input, organizerName: input.organizerName || connection.organizer?.name || '', connection, marker: markerFor(item.id), kind: item.kind };
    steps = writer.plan(ctx);
  } catch (error) {
    if (error instanceof ExplainedFailure) {
      await update(id, { state: 'failed', nextAt: undefined, error: error.message }, now);
      return;
    }
    // The 1:1 or its person is gone (a restore replaced everything): nothing left to send.
    await db.delete('outbox', id);
    return;
  }

  let current = (await update(id, { state: 'sending', tries: item.tries + 1, nextAt: now + LEASE_MS }, now))!;
  let found: Found = { ...current.found };
  const done = new Set(current.done);

  /** One request, paced for the account, with a fresh OAuth token when it is due. */
  const call = async (request: ApiRequest): Promise<ApiAnswer> => {
    // Never more than one gap, even if the clock was set back since the last request.
    const wait = Math.min(nextSlot(lastRequestAt.get(connection.id), writer.minGapMs, undefined, deps.now()) - deps.now(), writer.minGapMs);
    if (wait > 0) await deps.sleep(wait);
    if (secret!.kind === 'oauth' && secret!.expiresAt !== undefined && secret!.expiresAt - 60_000 <= deps.now()) {
      secret = (await refresh()) ?? secret;
    }
    lastRequestAt.set(connection.id, deps.now());
    let answer = await callApi(deps.fetch, writer, connection, credentialOf(secret!), request, deps.now);
    if (answer.status === 401 && secret!.kind === 'oauth') {
      const fresh = await refresh();
      if (fresh) {
        secret = fresh;
        lastRequestAt.set(connection.id, deps.now());
        answer = await callApi(deps.fetch, writer, connection, credentialOf(secret), request, deps.now);
      }
    }
    if (answer.holdUntil) await patchConnection(connection.id, { holdUntil: answer.holdUntil }, deps.now());
    if (answer.problem) answer.problem = scrub(answer.problem, secret);
    return answer;
  };
  const refresh = async (): Promise<Secret | undefined> => {
    if (secret?.kind !== 'oauth') return undefined;
    try {
      const fresh = await refreshTokens(deps.fetch, connection.account, secret, deps.now());
      await deps.setSecret(connection.id, fresh);
      return fresh;
    } catch {
      return undefined;
    }
  };
  const save = async (patch: Patch) => {
    current = (await update(id, { done: [...done], found, ...patch, nextAt: deps.now() + LEASE_MS }, deps.now())) ?? current;
  };

  for (const step of steps) {
    if (done.has(step.key)) continue;
    if (current.inFlight === step.key && step.verify) {
      // The last attempt sent this and never heard back: look before sending it again.
      const look = await call(step.verify.request(found));
      if (look.outcome !== 'ok') return settle(id, connection.id, look, current.tries, deps);
      const landed = step.verify.landed(look.body);
      if (landed) {
        found = { ...found, ...landed };
        done.add(step.key);
        await save({ inFlight: undefined });
        continue;
      }
      await save({ inFlight: undefined });
    }
    const request = step.request(found);
    if (!request) {
      done.add(step.key);
      continue;
    }
    if (step.verify) await save({ inFlight: step.key });
    const answer = await call(request);
    if (answer.outcome === 'ok' || (answer.status !== undefined && step.alreadyDone?.(answer.status, answer.body))) {
      try {
        found = { ...found, ...(answer.outcome === 'ok' ? step.read?.(answer.body, found) : {}) };
      } catch (error) {
        const problem = error instanceof ExplainedFailure ? error.message : t('writeback.error.unreadable');
        done.add(step.key);
        await save({ inFlight: undefined });
        await update(id, { state: 'failed', nextAt: undefined, error: problem }, deps.now());
        return;
      }
      done.add(step.key);
      await save({ inFlight: undefined });
      continue;
    }
    // A refusal (4xx, 429) means it did not land; a 5xx or no answer leaves it in doubt.
    if (step.verify && answer.status !== undefined && answer.status < 500) await save({ inFlight: undefined });
    return settle(id, connection.id, answer, current.tries, deps);
  }
  const meeting = await db.get('meetings', item.meetingId);
  await update(id, { state: 'sent', sentAt: deps.now(), sentRev: meeting?.rev, nextAt: undefined, error: undefined, inFlight: undefined, done: [], found: {} }, deps.now());
}

/** What the item does after an answer that was not a success. */
async function settle(id: string, connectionId: string, answer: ApiAnswer, tries: number, deps: OutboxDeps): Promise<void> {
  const now = deps.now();
  const problem = answer.problem ?? t('writeback.error.network');
  switch (answer.outcome) {
    case 'reconnect':
      await update(id, { error: problem }, now);
      return needsReconnect(connectionId, problem, now);
    case 'rate-limited': {
      const until = now + (answer.retryAfterMs ?? backoffDelay(tries, deps.random()));
      await patchConnection(connectionId, { holdUntil: until }, now);
      await update(id, { state: 'waiting', nextAt: until, error: problem }, now);
      return;
    }
    case 'retry':
      await update(id, { state: 'waiting', nextAt: now + backoffDelay(tries, deps.random()), error: problem }, now);
      return;
    default:
      await update(id, { state: 'failed', nextAt: undefined, error: problem }, now);
  }
}
