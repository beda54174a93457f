/**
 * When the outbox tries again, as pure functions of what happened (and a random number, for
 * the jitter). Times are epoch milliseconds.
 */

export const BACKOFF = {
  /** The wait after the first failure; it doubles with each further one. */
  baseMs: 2_000,
  /** Never longer than this between two attempts. */
  capMs: 30 * 60_000,
} as const;

/**
 * Exponential backoff with "equal jitter": after the nth failed attempt, a wait between half of
 * base·2ⁿ⁻¹ and all of it, capped. The jitter keeps many stalled sends from retrying at once;
 * the floor keeps each wait meaningful.
 */
export function backoffDelay(failures: number, random: number = Math.random()): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + Math.min(1, Math.max(0, random)) * (ceiling / 2));
}

/** A Retry-After header (seconds, or an HTTP date) as a wait in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The RateLimit-* headers NationBuilder sends on every answer: when only the last request or
 * none is left in the window, hold until the window resets (RateLimit-Reset is a Unix time in
 * seconds; a small number is read as seconds from now, as the IETF draft has it).
 */
export function rateLimitHold(remaining: string | null | undefined, reset: string | null | undefined, now: number): number | undefined {
  if (remaining == null || reset == null) return undefined;
  const left = Number(remaining);
  const at = Number(reset);
  if (!Number.isFinite(left) || !Number.isFinite(at) || left > 1) return undefined;
  const until = at > 1e9 ? at * 1000 : now + at * 1000;
  return until > now ? until : undefined;
}

/** The earliest time the next request to an account may go, keeping `gapMs` between requests. */
export function nextSlot(lastAt: number | undefined, gapMs: number, holdUntil: number | undefined, now: number): number {
  return Math.max(now, lastAt === undefined ? now : lastAt + gapMs, holdUntil ?? now);
}

export type Outcome =
  /** It landed. */
  | 'ok'
  /** The credential is refused: the connection needs reconnecting, nothing is retried until then. */
  | 'reconnect'
  /** Too many requests: wait for Retry-After. */
  | 'rate-limited'
  /** The server or the network failed: back off and try again. */
  | 'retry'
  /** The CRM refused this request and said why: the organizer decides (Retry or Discard). */
  | 'refused';

/** What an HTTP status means for the outbox; `undefined` is a network error or a timeout. */
export function outcomeOf(status: number | undefined): Outcome {
  if (status === undefined) return 'retry';
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401 || status === 403) return 'reconnect';
  if (status === 429) return 'rate-limited';
  if (status === 408 || status >= 500) return 'retry';
  return 'refused';
}
