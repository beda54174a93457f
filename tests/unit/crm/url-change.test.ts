import { describe, expect, it } from 'vitest';
import { isInPageMove, whenCommitted } from '../../../entrypoints/guest/url-change';

const here = new URL('https://riverside.nationbuilder.com/admin/signups/42');

describe('which reported URL changes move the panel', () => {
  it('a download link or another site is not a move within the app', () => {
    expect(isInPageMove(new URL('blob:https://riverside.nationbuilder.com/5d1c7a0e-1111-4c4c-9c9c-123456789abc'), here)).toBe(false);
    expect(isInPageMove(new URL('https://calendar.example.org/add'), here)).toBe(false);
    expect(isInPageMove(new URL('https://riverside.nationbuilder.com/admin/signups/43'), here)).toBe(true);
  });

  it('waits for the address to change, and says so when it never does', async () => {
    history.replaceState(null, '', '/people');
    const target = new URL('/people/7', location.href);
    setTimeout(() => history.pushState(null, '', '/people/7'), 30);
    expect(await whenCommitted(target, 1000, 10)).toBe(true);
    expect(await whenCommitted(new URL('/export.csv', location.href), 60, 10)).toBe(false);
    expect(location.pathname).toBe('/people/7');
  });
});
