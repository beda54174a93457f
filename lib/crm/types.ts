import type { CrmKind, PersonRef } from '../model';

export type { CrmKind, PersonRef };

// Adapters ship in the content script, so they use no schema library: they return plain
// candidates, and the background parses them with PersonRefSchema (lib/model.ts) on arrival.

/** Identity from the URL alone, before the page's content is read. */
export interface UrlIdentity {
  account: string;
  crmId?: string;
}

/**
 * Why a page could not be read, for the panel to say in the organizer's language (adapters run
 * where the locale files cannot be loaded, e.g. the build config, so they name the problem and
 * components/panel/read-problem.ts words it). `detail` is page text or a number to quote.
 * - `no-name`: no name anywhere on the page.
 * - `title-not-name`: the only candidates were the page's or organization's own title.
 * - `http-error`: the page was served with an error status (detail: the status).
 * - `not-found`: the page says the person or page does not exist (detail: its words).
 * - `not-person-page`: the address is not one of the CRM's person pages.
 * - `no-id-no-email`: the address carries no id and the page shows no email to tell people apart.
 * - `stale`: the page still shows the person shown before an in-page move.
 * - `read-failed`: reading the page failed (detail: why, in the browser's words).
 */
export type ReadProblemCode = 'no-name' | 'title-not-name' | 'http-error' | 'not-found' | 'not-person-page' | 'no-id-no-email' | 'stale' | 'read-failed';

export type ReadResult =
  | { ok: true; ref: PersonRef }
  | {
      ok: false;
      /** What could be read, so the panel can show it and let the organizer fill the gaps. */
      partial: Partial<PersonRef> & Pick<PersonRef, 'crm' | 'url'>;
      /** In English, for logs and for adapters that give no code. */
      problem: string;
      problemCode?: ReadProblemCode;
      problemDetail?: string;
      /**
       * The page shows no one (an error or "not found" page under a person's address): show no
       * person, offer no manual form by default, and never store anyone from it.
       * Without it, the page may show a person the adapter could not read: offer the manual way.
       */
      noPerson?: boolean;
    };

/** A page that could not be read as a person, or that shows no one (`noPerson`). */
export type ReadFailure = Extract<ReadResult, { ok: false }>;

/**
 * The contract every CRM implements. Adding a CRM means one file that exports one of these,
 * and one line in lib/crm/index.ts.
 */
export interface CrmAdapter {
  kind: CrmKind;
  /** Product name shown to organizers. */
  label: string;
  /** Match patterns; the manifest's host permissions and content-script matches come from here. */
  matches: string[];
  /** True when the URL is a single person's page (or one of its sub-pages). */
  isPersonPage(url: URL): boolean;
  /** The account and id the URL carries, or null when it is not a person page. */
  identityFromUrl(url: URL): UrlIdentity | null;
  /**
   * True once the page shows enough of the person to read (single-page apps render after the
   * URL changes). Classic pages are ready at once.
   */
  isReady(doc: Document, url: URL): boolean;
  /** Reads the person from the page; never throws. */
  readPerson(doc: Document, url: URL): ReadResult;
  /** The URL of a person's page, built again from what we stored. */
  personUrl(ref: Pick<PersonRef, 'account' | 'crmId' | 'url'>): string;
}

/** The key that identifies one person across the product: CRM + account + id (or email). */
export function personKey(ref: Pick<PersonRef, 'crm' | 'account' | 'crmId' | 'email'>): string {
  const id = ref.crmId ? `id:${ref.crmId}` : `email:${(ref.email ?? '').toLowerCase()}`;
  return `${ref.crm}:${ref.account.toLowerCase()}:${id}`;
}
