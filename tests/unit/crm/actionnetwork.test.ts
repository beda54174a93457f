import { describe, expect, it } from 'vitest';
import { actionnetwork } from '../../../lib/crm/actionnetwork';
import { adapterFor } from '../../../lib/crm/index';
import { personKey } from '../../../lib/crm/types';
import { demoPage, htmlPage } from './fixtures';

const u = (href: string) => new URL(href);

describe('Action Network adapter', () => {
  it('takes an id from the record URL when there is one', () => {
    expect(actionnetwork.identityFromUrl(u('https://actionnetwork.org/user_search/group/eastside-tenants/activist/5521'))).toEqual({ account: 'eastside-tenants', crmId: '5521' });
    expect(actionnetwork.identityFromUrl(u('https://admin.actionnetwork.org/user_search/group/Eastside-Tenants/view/ab12-cd34?x=1'))).toEqual({ account: 'eastside-tenants', crmId: 'ab12-cd34' });
    expect(actionnetwork.identityFromUrl(u('https://actionnetwork.org/user_search/group/eastside-tenants/activist?user_id=991'))).toEqual({ account: 'eastside-tenants', crmId: '991' });
  });

  it('treats a record view without an id as a person page identified by email', () => {
    const url = u('https://actionnetwork.org/user_search/group/eastside-tenants/view?record=kb');
    expect(actionnetwork.identityFromUrl(url)).toEqual({ account: 'eastside-tenants' });
    const { doc } = demoPage(url.href);
    const read = actionnetwork.readPerson(doc, url);
    expect(read).toMatchObject({ ok: true, ref: { name: 'Kenji Brown', email: 'kenji.brown@example.org', crmId: undefined } });
    if (read.ok) expect(personKey(read.ref)).toBe('actionnetwork:eastside-tenants:email:kenji.brown@example.org');
  });

  it('treats other record views without an id (?email=, /record) as person pages, with no id', () => {
    for (const href of [
      'https://actionnetwork.org/user_search/group/eastside-tenants/activist?email=kenji.brown%40example.org',
      'https://actionnetwork.org/user_search/group/eastside-tenants/record',
    ]) {
      expect(actionnetwork.isPersonPage(u(href))).toBe(true);
      expect(actionnetwork.identityFromUrl(u(href))).toEqual({ account: 'eastside-tenants' });
    }
    expect(actionnetwork.identityFromUrl(u('https://actionnetwork.org/user_search/group/g/view?activist_id=77'))).toEqual({ account: 'g', crmId: '77' });
    expect(actionnetwork.identityFromUrl(u('https://actionnetwork.org/user_search/group/g/activist?id=ab-12&tab=x'))).toEqual({ account: 'g', crmId: 'ab-12' });
  });

  it('never throws on a malformed group segment', () => {
    const url = u('https://actionnetwork.org/user_search/group/%E0%A4%A/activist/1');
    expect(() => actionnetwork.readPerson(htmlPage(url.href, '').doc, url)).not.toThrow();
  });

  it('cuts "View Activist:" off a heading or the title that holds the name', () => {
    const url = u('https://actionnetwork.org/user_search/group/g/activist/9');
    const inHeading = htmlPage(url.href, '<main><h1>View Activist: Zoë Ángeles-Wright</h1><span>zoe@example.org</span></main>', 'View Activist | Action Network');
    expect(actionnetwork.readPerson(inHeading.doc, url)).toMatchObject({ ok: true, ref: { name: 'Zoë Ángeles-Wright', email: 'zoe@example.org' } });
    const inTitle = htmlPage(url.href, '<main><h1>View Activist</h1></main>', 'View Activist: Ada Obi | Action Network');
    expect(actionnetwork.readPerson(inTitle.doc, url)).toMatchObject({ ok: true, ref: { name: 'Ada Obi' } });
    const none = htmlPage(url.href, '<main><h1>View Activist</h1></main>', 'View Activist | Action Network');
    expect(actionnetwork.readPerson(none.doc, url)).toMatchObject({ ok: false, problem: 'No name was found on this page.' });
  });

  it('search results link every activist with "View Record", and are not person pages', () => {
    const { doc, url } = demoPage('http://actionnetwork.org/user_search/group/eastside-tenants');
    expect(actionnetwork.isPersonPage(url)).toBe(false);
    const links = [...doc.querySelectorAll('a')].filter((a) => a.textContent === 'View Record').map((a) => new URL(a.getAttribute('href')!, url));
    expect(links).toHaveLength(3);
    expect(links.every((link) => actionnetwork.isPersonPage(link))).toBe(true);
    expect(doc.title).toBe('Activists | Action Network');
  });

  it('gives no person panel on search pages or elsewhere', () => {
    for (const href of [
      'https://actionnetwork.org/user_search/group/eastside-tenants',
      'https://actionnetwork.org/user_search/group/eastside-tenants/',
      'https://actionnetwork.org/user_search/group/eastside-tenants/search?q=zo',
      'https://actionnetwork.org/user_search',
      'https://actionnetwork.org/groups/eastside-tenants',
      'https://evil.example/user_search/group/x/activist/1',
    ]) {
      expect(actionnetwork.isPersonPage(u(href))).toBe(false);
    }
  });

  it('reads the name under the "View Activist" title, with accents, and an email shown as text', () => {
    const { doc, url } = demoPage('http://actionnetwork.org/user_search/group/eastside-tenants/activist/5521');
    expect(doc.title).toBe('View Activist | Action Network');
    expect(doc.body.textContent).toContain('Edit Activist');
    expect(actionnetwork.readPerson(doc, url)).toEqual({
      ok: true,
      ref: {
        crm: 'actionnetwork',
        account: 'eastside-tenants',
        crmId: '5521',
        name: 'Zoë Ángeles-Wright',
        email: 'zoe.aw@example.org',
        phone: '555-0177',
        url: 'http://actionnetwork.org/user_search/group/eastside-tenants/activist/5521',
      },
    });
  });

  it('reads a person without a phone, and markup in a name as text', () => {
    const { doc, url } = demoPage('http://actionnetwork.org/user_search/group/eastside-tenants/activist/5522');
    expect(actionnetwork.readPerson(doc, url)).toMatchObject({ ok: true, ref: { name: 'Marcus <i>The</i> Hill', phone: undefined } });
  });

  it('refuses a record with no id and no email, saying why', () => {
    const { doc, url } = htmlPage('https://actionnetwork.org/user_search/group/g/view', '<main><h1>View Activist</h1><h2>Nobody Known</h2></main>', 'View Activist');
    expect(actionnetwork.readPerson(doc, url)).toMatchObject({ ok: false, problem: 'The address carries no id and the page shows no email address.', partial: { name: 'Nobody Known' } });
  });

  it('the same id in two groups is two people', () => {
    const a = demoPage('http://actionnetwork.org/user_search/group/eastside-tenants/activist/5521');
    const b = demoPage('http://actionnetwork.org/user_search/group/riverside-parents/activist/5521');
    const [ra, rb] = [actionnetwork.readPerson(a.doc, a.url), actionnetwork.readPerson(b.doc, b.url)];
    if (!ra.ok || !rb.ok) throw new Error('both pages should read');
    expect(personKey(ra.ref)).not.toBe(personKey(rb.ref));
  });

  it('is the adapter chosen for its pages', () => {
    expect(adapterFor(u('https://admin.actionnetwork.org/user_search/group/g/activist/1'))?.kind).toBe('actionnetwork');
  });
});
