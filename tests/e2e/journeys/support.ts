import { expect } from 'vitest';
import type { Loc, Tab } from '../driver/types';

/**
 * Waits for what a person would wait for: a panel loading, a save, a badge. Generous (20 s):
 * the suite shares two cores with both browsers, and a failure only takes longer to report.
 */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** A datetime-local value for a UTC time (the test browsers run in UTC). */
export const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** The person the panel names (its first level-2 heading). */
export const personName = (side: Loc) => side.getByRole('heading', { level: 2 }).first().textContent();

/** The save status under the person's notes. */
export const saveStatus = (side: Loc) => side.getByRole('status').first().textContent();

/** The extension's API in an extension page: `browser` in Firefox, `chrome` in Chromium. */
type Api = typeof chrome;

/** The toolbar badge, read on an extension page. */
export const badgeText = (ext: Tab) => ext.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).action.getBadgeText({}));

/** Ids of the notifications the extension shows now, read on an extension page. */
export const notificationIds = (ext: Tab) =>
  ext.evaluate(async () => Object.keys(await ((globalThis as unknown as { browser?: Api }).browser ?? chrome).notifications.getAll()));
