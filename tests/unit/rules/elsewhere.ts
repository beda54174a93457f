import { afterAll, beforeAll, expect } from 'vitest';

/**
 * Runs the file's tests with the computer's clock in Kathmandu (UTC+5:45, no DST), far from the
 * organizers' zones the tests use: date code must never lean on the process zone. Node applies
 * a new TZ at once to every date made after it is set.
 */
export function computerZoneElsewhere(): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Kathmandu';
    // Proof that the setting took, whatever zone the machine is in.
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-345);
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
