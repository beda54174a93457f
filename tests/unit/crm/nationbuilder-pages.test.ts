import { afterEach, describe, expect, it, vi } from 'vitest';
import { nationbuilder } from '../../../lib/crm/nationbuilder';
import { httpStatus } from '../../../lib/crm/page-status';
import type { ReadResult } from '../../../lib/crm/types';
import { demoPage, htmlPage } from './fixtures';
import { classicPage, orgHeader, signupPage, tabs } from './nb-fixtures';

const PERSON = 'https://riverside.nationbuilder.com/admin/signups/1301';
const read = (body: string, title = '', href = PERSON): ReadResult => {
  const { doc, url } = htmlPage(href, body, title);
  return nationbuilder.readPerson(doc, url);
};
const person = (result: ReadResult) => {
  if (!result.ok) throw new Error(`expected a person, got: ${result.problem}`);
  return result.ref;
};

describe('NationBuilder pages in the structure real nations show', () => {
  it('names the person from .signup-name, not the organization in the header h1 or the title', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/1301');
    const ref = person(nationbuilder.readPerson(doc, url));
    expect(ref).toMatchObject({ account: 'riverside', crmId: '1301', name: 'Renée Díaz-Okoro', phone: '555-0131' });
    // The signed-in organizer's address in the header is not the person's.
    expect(ref.email).toBe('renee.do@example.org');
  });

  it('reads the same person on the Email tab, the address form and older activity pages', () => {
    for (const sub of ['/email', '/addresses/home', '?page=2', '/notes']) {
      const { doc, url } = demoPage(`http://riverside.nationbuilder.com/admin/signups/1301${sub}`);
      expect(person(nationbuilder.readPerson(doc, url))).toMatchObject({ name: 'Renée Díaz-Okoro', email: 'renee.do@example.org', emailOptedOut: true });
    }
  });

  it('marks a struck-through address as opted out, and a linked one as not', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/1301');
    expect(person(nationbuilder.readPerson(doc, url)).emailOptedOut).toBe(true);
    const other = demoPage('http://riverside.nationbuilder.com/admin/signups/1302');
    expect(person(nationbuilder.readPerson(other.doc, other.url))).toMatchObject({ name: 'Tomás Whitfield', email: 'tomas.w@example.org', emailOptedOut: false });
  });

  it('takes the opted-out mark from <strike>, <s>, <del>, a line-through style or the word "unsubscribed" beside it', () => {
    for (const shown of [
      '<strike>ana@example.org</strike>',
      '<s><a href="mailto:ana@example.org">ana@example.org</a></s>',
      '<del>ana@example.org</del>',
      '<span style="text-decoration: line-through">ana@example.org</span>',
      '<a href="mailto:ana@example.org">ana@example.org</a> (unsubscribed)',
      'ana@example.org <em>Opted out</em>',
    ]) {
      const ref = person(read(signupPage(`<div class="signup-name">Ana Ruiz</div><div>Email: ${shown}</div>`)));
      expect([shown, ref.email, ref.emailOptedOut]).toEqual([shown, 'ana@example.org', true]);
    }
    const plain = person(read(signupPage('<div class="signup-name">Ana Ruiz</div><div>Email: <a href="mailto:ana@example.org">ana@example.org</a></div>')));
    expect(plain.emailOptedOut).toBe(false);
  });

  it('never takes an address or a name from the activity log, which is about other people', () => {
    const ref = person(read(signupPage('<div class="signup-name">Ana Ruiz</div>')));
    expect([ref.name, ref.email, ref.emailOptedOut]).toEqual(['Ana Ruiz', undefined, undefined]);
  });

  it('reads names with accents and with markup inside them as plain text', () => {
    expect(person(read(signupPage('<div class="signup-name">  José  <b>Ñúñez</b>-Çelik\n</div>'))).name).toBe('José Ñúñez-Çelik');
    expect(person(read(signupPage('<div class="signup-name">&lt;img src=x onerror=alert(1)&gt; Zoë</div>'))).name).toBe('<img src=x onerror=alert(1)> Zoë');
    expect(person(read(classicPage('Ngozi <span class="nick">“Zizi”</span> Ádèbáyọ̀'))).name).toBe('Ngozi “Zizi” Ádèbáyọ̀');
  });

  it('passes over a .signup-name that is the organization’s name, or empty, to the main heading', () => {
    const body = `${orgHeader()}<main><section><div class="signup-name">Riverside Tenants Union</div><div class="signup-name"> </div><h1>Dana Cho</h1></section>${tabs(5)}</main>`;
    expect(person(read(body, 'Riverside Tenants Union')).name).toBe('Dana Cho');
  });
});

describe('NationBuilder pages in the classic structure', () => {
  it('reads the h1 of the overview box, with the header h1 naming the organization skipped', () => {
    const body = `${orgHeader()}${classicPage('Dana Cho', '<div>Email: <a href="mailto:dana@example.org">dana@example.org</a></div>')}`;
    expect(person(read(body, 'Dana Cho | Riverside Tenants Union'))).toMatchObject({ name: 'Dana Cho', email: 'dana@example.org', emailOptedOut: false });
  });

  it('does not take an h1 outside the page content for the person, when the page marks its content', () => {
    const body = `<div class="brand-bar"><h1>Riverside Tenants Union</h1></div><main><p>Loading…</p></main>`;
    expect(read(body, 'Riverside Tenants Union')).toMatchObject({ ok: false, problemCode: 'title-not-name', partial: { crmId: '1301' } });
  });

  it('falls back to the document title, but not to a title that is the page’s or the nation’s own', () => {
    expect(person(read('<p>no heading</p>', 'Ana Ruiz | Riverside Tenants Union')).name).toBe('Ana Ruiz');
    for (const title of ['People | Riverside Tenants Union', 'Dashboard', 'riverside', 'Riverside | NationBuilder']) {
      expect([title, read('<p>no heading</p>', title)]).toMatchObject([title, { ok: false, problemCode: 'title-not-name' }]);
    }
  });

  it('when nothing names a person, says so and keeps what it found for the manual way', () => {
    const result = read(`${orgHeader()}<main><h1>People</h1><a href="tel:5550100">555-0100</a></main>`, 'People | Riverside Tenants Union');
    expect(result).toMatchObject({
      ok: false,
      problemCode: 'title-not-name',
      problemDetail: 'People',
      partial: { crm: 'nationbuilder', account: 'riverside', crmId: '1301', phone: '555-0100', name: '' },
    });
    expect(result.ok === false && result.noPerson).toBeFalsy();
    expect(read('<p>nothing</p>')).toMatchObject({ ok: false, problemCode: 'no-name', problem: 'No name was found on this page.' });
  });
});

describe('NationBuilder pages that show no one', () => {
  afterEach(() => document.body.replaceChildren());

  it('the demo nation’s "Page not found" under a person’s address is no person', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/4040');
    expect(nationbuilder.readPerson(doc, url)).toMatchObject({ ok: false, noPerson: true, problemCode: 'not-found', problemDetail: 'Page not found', partial: { crmId: '4040' } });
  });

  it('knows error pages by their own words', () => {
    for (const [body, title] of [
      ['<h1>The page you were looking for doesn’t exist.</h1><p>You may have mistyped the address.</p>', 'The page you were looking for doesn\'t exist (404)'],
      ['<main><h1>404</h1><p>Sorry</p></main>', ''],
      ['<main><h2>Person not found</h2></main>', 'Riverside'],
      ['<main><h1>Access denied</h1></main>', ''],
      ['<main><h1>This signup has been deleted</h1></main>', ''],
    ]) {
      expect([body, read(body!, title)]).toMatchObject([body, { ok: false, noPerson: true, problemCode: 'not-found' }]);
    }
  });

  it('a person page mentioning "not found" in its activity, or a name field on a page titled so, is still a person', () => {
    expect(person(read(signupPage('<div class="signup-name">Ana Ruiz</div>'))).name).toBe('Ana Ruiz');
    expect(person(read(classicPage('Ana Ruiz', '<p>Address not found in the voter file.</p>')))).toMatchObject({ name: 'Ana Ruiz' });
  });

  it('an error status means no person, whatever the page shows', () => {
    document.body.append(...new DOMParser().parseFromString(classicPage('Dana Cho'), 'text/html').body.childNodes);
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ name: document.URL, responseStatus: 404 } as unknown as PerformanceEntry]);
    expect(httpStatus(document)).toBe(404);
    expect(nationbuilder.readPerson(document, new URL(PERSON))).toMatchObject({ ok: false, noPerson: true, problemCode: 'http-error', problemDetail: '404' });
  });

  it('trusts the status only for the page it was served for (not after an in-page move) and reads a 200 page', () => {
    document.body.append(...new DOMParser().parseFromString(classicPage('Dana Cho'), 'text/html').body.childNodes);
    const entries = vi.spyOn(performance, 'getEntriesByType');
    entries.mockReturnValue([{ name: 'https://riverside.nationbuilder.com/admin/signups/1', responseStatus: 404 } as unknown as PerformanceEntry]);
    expect(httpStatus(document)).toBeUndefined();
    entries.mockReturnValue([{ name: document.URL, responseStatus: 200 } as unknown as PerformanceEntry]);
    expect(person(nationbuilder.readPerson(document, new URL(PERSON))).name).toBe('Dana Cho');
  });
});
