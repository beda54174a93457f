import { cleanText, firstEmailText, firstHeading, firstMailto, firstTel, safeDecode } from './page-text';
import type { CrmAdapter, ReadResult, UrlIdentity } from './types';
import { CRM_NAMES } from './names';

/*
 * Action Network activist records live under /user_search/group/{group}/ on actionnetwork.org
 * or admin.actionnetwork.org. Which segment carries the person's id is unverified, so:
 * - a record page is /user_search/group/{group}/{word}[/{id}] where {word} is one of
 *   RECORD_WORDS ("activist", "view", ...), or any group page with an id in the query
 *   (user_id, activist_id, id);
 * - the id, when there is one, comes from the segment after {word} or from that query;
 * - without an id, the person is the email shown on the page (the panel says so).
 * The group's search pages (/user_search/group/{group}, .../search...) are not person pages.
 * Name: the first h1-h3 in <main> that is not a generic title, with a leading "View Activist"
 * or "View Activist:" cut off; else the document title treated the same way.
 */
const GROUP_PATH = /^\/user_search\/group\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?/;
const RECORD_WORDS = new Set(['activist', 'activists', 'view', 'record', 'user', 'person']);
const ID_PARAMS = ['user_id', 'activist_id', 'id'];
const ID_SHAPE = /^[A-Za-z0-9-]{1,80}$/;
const HOSTS = new Set(['actionnetwork.org', 'admin.actionnetwork.org', 'www.actionnetwork.org']);
const GENERIC_HEADING = /^(view activist|activist|edit activist|activists|search results?)$/i;
const VIEW_PREFIX = /^view activist\b\s*[:|\-\u2013\u2014]?\s*/i;

const withoutViewPrefix = (text: string) => text.replace(VIEW_PREFIX, '');

function readName(root: ParentNode, doc: Document): string {
  const heading = firstHeading(root, 'h1, h2, h3', GENERIC_HEADING, withoutViewPrefix);
  if (heading) return heading;
  // Split off the site name first: "View Activist | Action Network" leaves nothing.
  const title = withoutViewPrefix(cleanText(doc.title).split(/\s[|\u2013\u2014-]\s/)[0] ?? '');
  return GENERIC_HEADING.test(title) ? '' : title;
}

function parse(url: URL): (UrlIdentity & { record: boolean }) | null {
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  const match = GROUP_PATH.exec(url.pathname);
  if (!match) return null;
  const group = safeDecode(match[1]!).toLowerCase();
  const word = match[2]?.toLowerCase();
  const fromQuery = ID_PARAMS.map((name) => url.searchParams.get(name)).find((v) => v && ID_SHAPE.test(v)) ?? undefined;
  const fromPath = word && RECORD_WORDS.has(word) && match[3] && ID_SHAPE.test(match[3]) ? match[3] : undefined;
  const crmId = fromPath ?? fromQuery;
  const record = Boolean(crmId) || (word !== undefined && RECORD_WORDS.has(word));
  return { account: group, crmId, record };
}

export const actionnetwork: CrmAdapter = {
  kind: 'actionnetwork',
  label: CRM_NAMES.actionnetwork,
  matches: ['*://actionnetwork.org/user_search/*', '*://admin.actionnetwork.org/user_search/*'],

  isPersonPage(url) {
    return parse(url)?.record ?? false;
  },

  identityFromUrl(url) {
    const parsed = parse(url);
    if (!parsed?.record) return null;
    return parsed.crmId ? { account: parsed.account, crmId: parsed.crmId } : { account: parsed.account };
  },

  isReady(doc) {
    return doc.readyState !== 'loading';
  },

  readPerson(doc, url): ReadResult {
    const identity = this.identityFromUrl(url);
    const main = doc.querySelector('main') ?? doc.body;
    // Record pages are titled "View Activist"; the name is the first heading that is not that.
    const name = readName(main, doc);
    const email = firstMailto(main) ?? firstEmailText(main);
    const ref = {
      crm: 'actionnetwork' as const,
      account: identity?.account ?? '',
      crmId: identity?.crmId,
      name,
      email,
      phone: firstTel(main),
      url: url.href,
    };
    if (!identity) return { ok: false, partial: ref, problem: 'This is not an Action Network activist record.', problemCode: 'not-person-page' };
    if (!identity.crmId && !email) {
      return { ok: false, partial: ref, problem: 'The address carries no id and the page shows no email address.', problemCode: 'no-id-no-email' };
    }
    if (!ref.name) return { ok: false, partial: ref, problem: 'No name was found on this page.', problemCode: 'no-name' };
    return { ok: true, ref };
  },

  personUrl(ref) {
    return ref.url;
  },
};
