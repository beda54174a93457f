import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffDelay, nextSlot, outcomeOf, rateLimitHold, retryAfterMs } from '../../../lib/rules/backoff';

describe('backoff schedule', () => {
  it('doubles after each failure, between half and all of the step', () => {
    const ranges = [1, 2, 3, 4, 5].map((n) => [backoffDelay(n, 0), backoffDelay(n, 1)]);
    expect(ranges).toEqual([
      [1_000, 2_000],
      [2_000, 4_000],
      [4_000, 8_000],
      [8_000, 16_000],
      [16_000, 32_000],
    ]);
    expect(backoffDelay(3, 0.5)).toBe(6_000);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelay(40, 1)).toBe(BACKOFF.capMs);
    expect(backoffDelay(40, 0)).toBe(BACKOFF.capMs / 2);
    expect(backoffDelay(1_000, 0.3)).toBeLessThanOrEqual(BACKOFF.capMs);
  });

  it('spreads retries of many sends (jitter)', () => {
    const waits = new Set(Array.from({ length: 20 }, (_, i) => backoffDelay(4, i / 19)));
    expect(waits.size).toBe(20);
  });
});

describe('Retry-After and RateLimit headers', () => {
  const now = Date.UTC(2026, 10, 24, 15, 0, 0);
  it('reads seconds and HTTP dates; ignores what it cannot read', () => {
    expect(retryAfterMs('2', now)).toBe(2_000);
    expect(retryAfterMs(' 0.5 ', now)).toBe(500);
    expect(retryAfterMs('Tue, 24 Nov 2026 15:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('holds until the window resets when the last request of it is spent', () => {
    const reset = String(now / 1000 + 7);
    expect(rateLimitHold('0', reset, now)).toBe(now + 7_000);
    expect(rateLimitHold('1', reset, now)).toBe(now + 7_000);
    expect(rateLimitHold('5', reset, now)).toBeUndefined();
    expect(rateLimitHold('0', '3', now)).toBe(now + 3_000);
    expect(rateLimitHold(null, reset, now)).toBeUndefined();
  });

  it('spaces requests to one account', () => {
    expect(nextSlot(undefined, 250, undefined, 1_000)).toBe(1_000);
    expect(nextSlot(900, 250, undefined, 1_000)).toBe(1_150);
    expect(nextSlot(900, 250, 5_000, 1_000)).toBe(5_000);
  });
});

describe('what an answer means for the outbox', () => {
  it('sorts statuses into done, reconnect, wait, retry and refused', () => {
    expect([200, 201, 204].map(outcomeOf)).toEqual(['ok', 'ok', 'ok']);
    expect([401, 403].map(outcomeOf)).toEqual(['reconnect', 'reconnect']);
    expect(outcomeOf(429)).toBe('rate-limited');
    expect([undefined, 408, 500, 502, 503].map(outcomeOf)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect([400, 404, 409, 422].map(outcomeOf)).toEqual(['refused', 'refused', 'refused', 'refused']);
  });
});
