import { cleanText, inPageChrome } from './page-text';
import type { ReadProblemCode } from './types';

/*
 * "This page shows no one": an error or "not found" page served under a person's address.
 * Any adapter can ask; the answer goes into ReadResult as `noPerson` (lib/crm/types.ts).
 */

/**
 * The HTTP status the page was served with, when the browser tells and the page is still the
 * document it loaded (after an in-page URL change the navigation entry describes an older page).
 */
export function httpStatus(doc: Document): number | undefined {
  try {
    const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')?.[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
    if (!entry || typeof entry.responseStatus !== 'number' || entry.responseStatus === 0) return undefined;
    return withoutHash(entry.name) === withoutHash(doc.URL) ? entry.responseStatus : undefined;
  } catch {
    return undefined;
  }
}

const withoutHash = (href: string) => href.split('#')[0];

/**
 * What error and "not found" pages say (titles and main headings, English: the control panels
 * are). Anchored to short texts so a person's notes or an activity line never count.
 */
const NOT_FOUND =
  /(^|\b)(page|person|signup|profile|record|activist|entity)?\s*(was\s+)?not\s+found\b|^(error\s*)?404\b|\b404\s*[-:|\u2013\u2014]|\b(doesn['\u2019]?t|does not|no longer) exists?\b|\b(could|can)(n['\u2019]?t| ?not) (be )?f(ou)?nd\b|\bhas been (deleted|removed)\b|\baccess denied\b|\bpermission denied\b|\bnot authori[sz]ed\b/i;

/** The page's main heading: its first h1 outside the site's header and menus, else its first h2. */
export function mainHeading(doc: Document): string {
  for (const selector of ['h1', 'h2']) {
    for (const el of doc.querySelectorAll(selector)) {
      if (inPageChrome(el)) continue;
      const text = cleanText(el.textContent);
      if (text) return text;
    }
  }
  return '';
}

export interface NoOne {
  code: Extract<ReadProblemCode, 'http-error' | 'not-found'>;
  /** The status, or the page's own words. */
  detail: string;
  /** In English, for logs. */
  problem: string;
}

/** Served with an error status: whatever it shows, no person is on it. */
export function errorStatus(doc: Document): NoOne | undefined {
  const status = httpStatus(doc);
  if (status === undefined || status < 400) return undefined;
  return { code: 'http-error', detail: String(status), problem: `The page was served with HTTP status ${status}: it shows no one.` };
}

/** The page's title or main heading says it is an error or "not found" page. */
export function saysNotFound(doc: Document): NoOne | undefined {
  const said = [mainHeading(doc), cleanText(doc.title)].find((text) => text.length <= 160 && NOT_FOUND.test(text));
  return said ? { code: 'not-found', detail: said, problem: `The page says “${said}”: it shows no one.` } : undefined;
}
