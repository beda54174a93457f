import { cleanText, firstMailto, firstTel, titleLead } from './page-text';
import type { CrmAdapter, ReadResult } from './types';

// Control-panel person pages: /admin/signups/{numeric id}[/anything]. The nation is the
// subdomain, and part of the identity (person 42 in two nations is two people).
const PERSON_PATH = /^\/admin\/signups\/(\d+)(?:\/|$)/;

function nationOf(url: URL): string | null {
  const match = /^([a-z0-9-]+)\.nationbuilder\.com$/i.exec(url.hostname);
  return match?.[1]?.toLowerCase() ?? null;
}

export const nationbuilder: CrmAdapter = {
  kind: 'nationbuilder',
  label: 'NationBuilder',
  matches: ['*://*.nationbuilder.com/admin/signups/*'],

  isPersonPage(url) {
    return this.identityFromUrl(url) !== null;
  },

  identityFromUrl(url) {
    const nation = nationOf(url);
    const id = PERSON_PATH.exec(url.pathname)?.[1];
    return nation && id ? { account: nation, crmId: id } : null;
  },

  isReady(doc) {
    return doc.readyState !== 'loading';
  },

  readPerson(doc, url): ReadResult {
    const identity = this.identityFromUrl(url);
    const heading = cleanText(doc.querySelector('h1')?.textContent);
    const name = heading || titleLead(doc);
    const ref = {
      crm: 'nationbuilder' as const,
      account: identity?.account ?? '',
      crmId: identity?.crmId,
      name,
      email: firstMailto(doc),
      phone: firstTel(doc),
      url: `${url.origin}/admin/signups/${identity?.crmId ?? ''}`,
    };
    if (identity && name) return { ok: true, ref };
    return {
      ok: false,
      partial: ref,
      problem: identity ? 'No name was found on this page.' : 'This is not a NationBuilder person page.',
    };
  },

  personUrl(ref) {
    return ref.url;
  },
};
