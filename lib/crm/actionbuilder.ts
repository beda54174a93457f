import { cleanText, firstHeading, firstMailto, firstTel } from './page-text';
import type { CrmAdapter, ReadResult } from './types';
import { CRM_NAMES } from './names';

/*
 * Action Builder profiles: {org}.actionbuilder.org/entity/view/{entityId}/profile (and the
 * other tabs under /entity/view/{entityId}/), any query (campaignId). The org is part of the
 * identity; the numeric id is the app's own, not the API's.
 * It is a single-page app: the content script runs on the whole host and follows URL changes,
 * and the page is only read once it shows the entity the URL names.
 */
const ENTITY_PATH = /^\/entity\/view\/(\d+)(?:\/|$)/;
const GENERIC_HEADING = /^(loading|profile|people|action builder)\b/i;

function orgOf(url: URL): string | null {
  const match = /^([a-z0-9-]+)\.actionbuilder\.org$/i.exec(url.hostname);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Where the profile is drawn; the app marks it with the entity's id when it can. */
function profileRoot(doc: Document): ParentNode {
  return doc.querySelector('[data-entity-id]') ?? doc.querySelector('main') ?? doc.body;
}

export const actionbuilder: CrmAdapter = {
  kind: 'actionbuilder',
  label: CRM_NAMES.actionbuilder,
  matches: ['*://*.actionbuilder.org/*'],

  isPersonPage(url) {
    return this.identityFromUrl(url) !== null;
  },

  identityFromUrl(url) {
    const org = orgOf(url);
    const id = ENTITY_PATH.exec(url.pathname)?.[1];
    return org && id ? { account: org, crmId: id } : null;
  },

  isReady(doc, url) {
    const id = this.identityFromUrl(url)?.crmId;
    if (!id) return false;
    // If the app tags the profile with its entity, only that entity's profile will do.
    const tagged = doc.querySelector('[data-entity-id]');
    if (tagged && tagged.getAttribute('data-entity-id') !== id) return false;
    return firstHeading(profileRoot(doc), 'h1, h2', GENERIC_HEADING) !== '';
  },

  readPerson(doc, url): ReadResult {
    const identity = this.identityFromUrl(url);
    const root = profileRoot(doc);
    const name = firstHeading(root, 'h1, h2', GENERIC_HEADING);
    const ref = {
      crm: 'actionbuilder' as const,
      account: identity?.account ?? '',
      crmId: identity?.crmId,
      name: cleanText(name),
      email: firstMailto(root),
      phone: firstTel(root),
      url: url.href,
    };
    if (!identity) return { ok: false, partial: ref, problem: 'This is not an Action Builder profile.', problemCode: 'not-person-page' };
    if (!ref.name) return { ok: false, partial: ref, problem: 'No name was found on this page.', problemCode: 'no-name' };
    return { ok: true, ref };
  },

  personUrl(ref) {
    return ref.url;
  },
};
