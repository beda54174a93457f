import { describe, expect, it } from 'vitest';
import { actionbuilder } from '../../../lib/crm/actionbuilder';
import { adapterFor } from '../../../lib/crm/index';
import { htmlPage } from './fixtures';

const u = (href: string) => new URL(href);
/** A profile as the app draws it once loaded. */
const profile = (id: string, inner: string) => `<nav><a>Fatima Haddad</a></nav><main><section class="profile" data-entity-id="${id}">${inner}</section></main>`;

describe('Action Builder adapter', () => {
  it('recognizes a profile and its other tabs, with or without a campaign', () => {
    for (const href of [
      'https://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7',
      'https://northside-union.actionbuilder.org/entity/view/301/profile',
      'https://northside-union.actionbuilder.org/entity/view/301/notes?campaignId=7',
      'https://Northside-Union.actionbuilder.org/entity/view/301',
    ]) {
      expect(actionbuilder.identityFromUrl(u(href))).toEqual({ account: 'northside-union', crmId: '301' });
    }
  });

  it('gives no person panel on lists and other app pages', () => {
    for (const href of [
      'https://northside-union.actionbuilder.org/entity/list?campaignId=7',
      'https://northside-union.actionbuilder.org/',
      'https://northside-union.actionbuilder.org/entity/view/abc/profile',
      'https://actionbuilder.org/entity/view/301/profile',
    ]) {
      expect(actionbuilder.isPersonPage(u(href))).toBe(false);
    }
    // The content script is on the whole host, so it is there when the app moves to a person.
    expect(adapterFor(u('https://northside-union.actionbuilder.org/entity/list'))?.kind).toBe('actionbuilder');
  });

  it('waits while the app shows another entity or is still loading', () => {
    const url = u('https://northside-union.actionbuilder.org/entity/view/302/profile');
    expect(actionbuilder.isReady(htmlPage(url.href, profile('301', '<h1>Fatima Haddad</h1>')).doc, url)).toBe(false);
    expect(actionbuilder.isReady(htmlPage(url.href, '<main><p>Loading…</p></main>').doc, url)).toBe(false);
    expect(actionbuilder.isReady(htmlPage(url.href, profile('302', '<h1>Tomás Quiñones</h1>')).doc, url)).toBe(true);
  });

  it('reads name, email and phone from the profile, not the side list', () => {
    const { doc, url } = htmlPage(
      'https://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7',
      profile('301', '<h1>Fatima Haddad</h1><div>Email: <a href="mailto:fatima.h@example.org">fatima.h@example.org</a></div><div>Phone: <a href="tel:555-0301">555-0301</a></div>'),
    );
    expect(actionbuilder.readPerson(doc, url)).toEqual({
      ok: true,
      ref: {
        crm: 'actionbuilder',
        account: 'northside-union',
        crmId: '301',
        name: 'Fatima Haddad',
        email: 'fatima.h@example.org',
        phone: '555-0301',
        url: 'https://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7',
      },
    });
  });

  it('reads accents, a missing email, and markup in a name as text', () => {
    const url = u('https://northside-union.actionbuilder.org/entity/view/303/profile');
    const doc = htmlPage(url.href, profile('303', '<h1>&lt;script&gt;alert(1)&lt;/script&gt; Robin Ng</h1><a href="tel:555-0303">555-0303</a>')).doc;
    expect(actionbuilder.readPerson(doc, url)).toMatchObject({ ok: true, ref: { name: '<script>alert(1)</script> Robin Ng', email: undefined, phone: '555-0303' } });
    const accented = htmlPage(url.href, profile('303', '<h1>Tomás Quiñones</h1>')).doc;
    expect(actionbuilder.readPerson(accented, url)).toMatchObject({ ok: true, ref: { name: 'Tomás Quiñones' } });
  });

  it('serves one shell for every path, with the people as JSON that markup cannot break out of', async () => {
    const { route } = await import('../../../demo/sites/actionbuilder.mjs');
    const list = route('northside-union.actionbuilder.org', u('http://northside-union.actionbuilder.org/entity/list'))!;
    const profilePage = route('northside-union.actionbuilder.org', u('http://northside-union.actionbuilder.org/entity/view/303/profile'))!;
    expect(list.html).toBe(profilePage.html);
    expect(list.html).not.toContain('<script>alert(1)');
    const doc = new DOMParser().parseFromString(list.html, 'text/html');
    const data = JSON.parse(doc.getElementById('people')!.textContent!);
    expect(data.people.map((p: { name: string }) => p.name)).toContain('<script>alert(1)</script> Robin Ng');
    // Nothing rendered yet on the server: the adapter waits for the app.
    const url = u('http://northside-union.actionbuilder.org/entity/view/303/profile');
    expect(actionbuilder.isReady(doc, url)).toBe(false);
    expect(route('example.org', url)).toBeNull();
  });

  it('works without the entity marker too: a heading in the main area is enough', () => {
    const url = u('https://northside-union.actionbuilder.org/entity/view/301/profile');
    const doc = htmlPage(url.href, '<main><h1>Fatima Haddad</h1></main>').doc;
    expect(actionbuilder.isReady(doc, url)).toBe(true);
    expect(actionbuilder.readPerson(doc, url)).toMatchObject({ ok: true, ref: { name: 'Fatima Haddad' } });
  });
});
