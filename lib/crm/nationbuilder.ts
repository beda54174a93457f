import { clip, LIMITS } from '../limits';
import {
  cleanText,
  findEmail,
  firstOutside,
  inPageChrome,
  isStruck,
  lineOf,
  telIn,
  titleKey,
  titleParts,
  UNSUBSCRIBED,
} from './page-text';
import { errorStatus, saysNotFound } from './page-status';
import type { CrmAdapter, PersonRef, ReadProblemCode, ReadResult } from './types';
import { CRM_NAMES } from './names';

/*
 * Control-panel person pages: /admin/signups/{numeric id}[/anything]. The nation is the
 * subdomain, and part of the identity (person 42 in two nations is two people).
 *
 * Reading, most specific first (see ../shared notes in the README's adapter table):
 * - name: `.signup-name` (seen on real nations, 2016 on), then the main h1, then the title
 *   before " | ". A candidate that is the nation's or the page's own title (the organization's
 *   name in the header h1 or the title, "People", a tab label) is not a person's name.
 * - email and phone: in the profile box around `.signup-name` first, then the page's content;
 *   never from its header, menus or the activity log (the signed-in organizer, other people).
 *   An address struck through (<strike>) or marked "unsubscribed" is one they opted out of.
 * - an error status or a page that says "not found" shows no one.
 */
const PERSON_PATH = /^\/admin\/signups\/(\d+)(?:\/|$)/;

/** Titles of control-panel pages and tabs: never a person's name. */
const GENERIC =
  /^(people|person|dashboard|control panel|nationbuilder|nation ?builder|profile|signups?|edit|edit (person|profile|signup)|new person|addresses?|home address|activit(y|ies)|email|emails|notes?|contacts?|donations?|tags?|paths?|settings|lists?|dedupe( people)?|home|search( results)?|loading\W*|untitled)$/i;

/** Parts of the page that mention other people or the organizer, not the person profiled. */
const NOT_THE_PERSON = '.activity, .activities, #signup_note_nav';
const skip = (el: Element) => inPageChrome(el) || el.closest(NOT_THE_PERSON) !== null;

/** In the site's frame: its header or menus, or outside <main> when the page marks its content. */
function outsideContent(doc: Document, el: Element): boolean {
  const main = doc.querySelector('main, [role="main"]');
  return inPageChrome(el) || (main !== null && !main.contains(el));
}

function nationOf(url: URL): string | null {
  const match = /^([a-z0-9-]+)\.nationbuilder\.com$/i.exec(url.hostname);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The nation's and the page's own titles: the slug, headings and brand in the site header (the
 * organization's name), the title's parts after the first ("Ana | Riverside Tenants Union"),
 * and the person page's tab labels.
 */
function ownTitles(doc: Document, nation: string): Set<string> {
  const titles = new Set<string>([titleKey(nation)]);
  const add = (text: string | null | undefined) => {
    const key = titleKey(text ?? '');
    if (key) titles.add(key);
  };
  for (const el of doc.querySelectorAll('h1, h2, h3, .nation-name, .brand, .navbar-brand')) if (outsideContent(doc, el)) add(el.textContent);
  titleParts(doc).slice(1).forEach(add);
  for (const el of doc.querySelectorAll('#signup_note_nav a, #signup_note_nav li')) add(el.textContent);
  return titles;
}

interface NameRead {
  name: string;
  /** A title that was passed over, to quote when nothing else fits. */
  passedOver?: string;
  /** Found in the page's own name field (`.signup-name`), not guessed from headings. */
  specific: boolean;
}

function readName(doc: Document, nation: string): NameRead {
  const own = ownTitles(doc, nation);
  let passedOver: string | undefined;
  const fits = (text: string) => {
    if (!text) return false;
    if (GENERIC.test(text) || own.has(titleKey(text))) {
      passedOver ??= text;
      return false;
    }
    return true;
  };
  for (const el of doc.querySelectorAll('.signup-name')) {
    if (skip(el)) continue;
    const text = cleanText(el.textContent);
    if (fits(text)) return { name: text, specific: true };
  }
  for (const el of doc.querySelectorAll('h1')) {
    if (skip(el) || outsideContent(doc, el)) continue;
    const text = cleanText(el.textContent);
    if (fits(text)) return { name: text, specific: false };
  }
  const lead = titleParts(doc)[0] ?? '';
  if (fits(lead)) return { name: lead, specific: false };
  return { name: '', passedOver, specific: false };
}

/** The box that profiles the person: the section around `.signup-name`, when the page has one. */
function profileBox(doc: Document): Element | undefined {
  const name = firstOutside(doc, '.signup-name', skip);
  return name?.closest('section, article, aside, [id*="profile" i], [class*="profile" i], [class*="overview" i], [class*="signup" i]:not(.signup-name)') ?? undefined;
}

function readContact(doc: Document): Pick<PersonRef, 'email' | 'phone' | 'emailOptedOut'> {
  const content = doc.querySelector('main, [role="main"], #content') ?? doc.body;
  const scopes = [profileBox(doc), content, doc.body].filter((el): el is Element => el != null);
  let found: ReturnType<typeof findEmail>;
  let phone: string | undefined;
  for (const scope of scopes) found ??= findEmail(scope, skip);
  for (const scope of scopes) phone ??= telIn(scope, skip);
  if (!found) return { email: undefined, phone };
  const optedOut = isStruck(found.el) || UNSUBSCRIBED.test(lineOf(found.el));
  return { email: found.email, phone, emailOptedOut: optedOut };
}

export const nationbuilder: CrmAdapter = {
  kind: 'nationbuilder',
  label: CRM_NAMES.nationbuilder,
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
    const base = { crm: 'nationbuilder' as const, url: `${url.origin}/admin/signups/${identity?.crmId ?? ''}` };
    if (!identity) return { ok: false, partial: base, problem: 'This is not a NationBuilder person page.', problemCode: 'not-person-page' };
    const partial = { ...base, account: identity.account, crmId: identity.crmId };

    // An error page under a person's address shows no one, whatever its headings say.
    const status = errorStatus(doc);
    if (status) return { ok: false, noPerson: true, partial, problem: status.problem, problemCode: status.code, problemDetail: status.detail };

    const read = readName(doc, identity.account);
    // A page that says "not found" shows no one, unless its own name field names someone.
    const said = read.specific ? undefined : saysNotFound(doc);
    if (said) return { ok: false, noPerson: true, partial, problem: said.problem, problemCode: said.code, problemDetail: said.detail };

    const ref: PersonRef = { ...partial, name: clip(read.name, LIMITS.name), ...readContact(doc) };
    if (ref.name) return { ok: true, ref };
    const code: ReadProblemCode = read.passedOver ? 'title-not-name' : 'no-name';
    return {
      ok: false,
      partial: ref,
      problem: read.passedOver ? `The page shows only “${read.passedOver}”, a page or organization title, not a person’s name.` : 'No name was found on this page.',
      problemCode: code,
      ...(read.passedOver ? { problemDetail: read.passedOver } : {}),
    };
  },

  personUrl(ref) {
    return ref.url;
  },
};
