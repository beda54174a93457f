import { describe, expect, it } from 'vitest';
import { nationbuilder } from '../../../lib/crm/nationbuilder';
import { adapterFor } from '../../../lib/crm/index';
import { personKey } from '../../../lib/crm/types';
import { demoPage, htmlPage } from './fixtures';

const u = (href: string) => new URL(href);

describe('NationBuilder adapter', () => {
  it('treats a person page and all its sub-pages, with any query, as that person', () => {
    for (const href of [
      'https://riverside.nationbuilder.com/admin/signups/1201',
      'https://riverside.nationbuilder.com/admin/signups/1201/',
      'https://riverside.nationbuilder.com/admin/signups/1201/edit',
      'https://riverside.nationbuilder.com/admin/signups/1201/addresses/home?tab=2',
      'http://Riverside.NationBuilder.com/admin/signups/1201/activities#recent',
    ]) {
      expect(nationbuilder.identityFromUrl(u(href))).toEqual({ account: 'riverside', crmId: '1201' });
    }
  });

  it('gives no person panel on dedupe, the people index, lists or the public site', () => {
    for (const href of [
      'https://riverside.nationbuilder.com/admin/signups/dedupe',
      'https://riverside.nationbuilder.com/admin/signups',
      'https://riverside.nationbuilder.com/admin/signups/',
      'https://riverside.nationbuilder.com/admin/lists/12',
      'https://riverside.nationbuilder.com/',
      'https://riverside.nationbuilder.com/signups/1201',
      'https://example.org/admin/signups/1201',
    ]) {
      expect(nationbuilder.isPersonPage(u(href))).toBe(false);
    }
  });

  it('the same id in two nations is two people', () => {
    const a = demoPage('http://riverside.nationbuilder.com/admin/signups/42');
    const b = demoPage('http://hillcrest.nationbuilder.com/admin/signups/42');
    const ra = nationbuilder.readPerson(a.doc, a.url);
    const rb = nationbuilder.readPerson(b.doc, b.url);
    if (!ra.ok || !rb.ok) throw new Error('both pages should read');
    expect([ra.ref.name, rb.ref.name]).toEqual(['Sam Okafor', 'Jordan Lee']);
    expect(personKey(ra.ref)).not.toBe(personKey(rb.ref));
  });

  it('reads accents, phone and email from the profile', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/1201/edit');
    expect(nationbuilder.readPerson(doc, url)).toEqual({
      ok: true,
      ref: {
        crm: 'nationbuilder',
        account: 'riverside',
        crmId: '1201',
        name: 'María José Núñez',
        email: 'mjnunez@example.org',
        emailOptedOut: false,
        phone: '+1 555 0101',
        url: 'http://riverside.nationbuilder.com/admin/signups/1201',
      },
    });
  });

  it('reads a person with no email or phone', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/88');
    const read = nationbuilder.readPerson(doc, url);
    expect(read.ok && read.ref).toMatchObject({ name: 'Lee Chan', email: undefined, phone: undefined });
  });

  it('takes markup in a name as text, never as markup', () => {
    const { doc, url } = demoPage('http://riverside.nationbuilder.com/admin/signups/77');
    const read = nationbuilder.readPerson(doc, url);
    expect(read.ok && read.ref.name).toBe('Alex <b>Bold</b> <img src=x onerror="window.__pwned=1">Reyes');
  });

  it('falls back to the title when there is no heading, and says what is missing otherwise', () => {
    const titled = htmlPage('https://a.nationbuilder.com/admin/signups/5', '<p>no heading</p>', 'Ana Ruiz | a');
    expect(nationbuilder.readPerson(titled.doc, titled.url)).toMatchObject({ ok: true, ref: { name: 'Ana Ruiz' } });
    const bare = htmlPage('https://a.nationbuilder.com/admin/signups/5', '<p>nothing</p>');
    expect(nationbuilder.readPerson(bare.doc, bare.url)).toMatchObject({ ok: false, problem: 'No name was found on this page.', partial: { crmId: '5' } });
  });

  it('is the adapter chosen for its pages', () => {
    expect(adapterFor(u('https://riverside.nationbuilder.com/admin/signups/1'))?.kind).toBe('nationbuilder');
  });
});
