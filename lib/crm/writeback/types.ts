import type { Commitment, CrmKind, Meeting, Person } from '../../model';
import type { Connection } from './model';

/**
 * A CRM write-back is a plan: a short list of steps, each one HTTP request. The plan is pure (a
 * 1:1 in, requests out) and rebuilt from the stored 1:1 at every attempt, so the latest report
 * is what goes out. What earlier steps found (a tag's id, the person's API id) is passed to the
 * later ones and kept on the outbox item, so a retry repeats no step that is done.
 */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the connection's API base, query included. */
  path: string;
  body?: unknown;
}

export type Found = Record<string, string>;

/** A refusal the organizer can act on (shown with Retry and Discard), not worth retrying by itself. */
export class ExplainedFailure extends Error {}

export interface Step {
  key: string;
  /** The request, given what earlier steps found; undefined skips the step. */
  request(found: Found): ApiRequest | undefined;
  /** What the answer tells later steps (ids). May throw ExplainedFailure (e.g. nobody has that email). */
  read?(body: unknown, found: Found): Found;
  /** A refusal that still means the step's work is there (e.g. "already tagged"). */
  alreadyDone?(status: number, body: unknown): boolean;
  /**
   * Set for writes that would land twice if repeated (a contact): after an attempt whose outcome
   * is unknown, this read says whether it landed before anything is sent again.
   */
  verify?: { request(found: Found): ApiRequest; landed(body: unknown): Found | undefined };
  /** For the preview: when the step runs only sometimes, in the organizer's words. */
  condition?: string;
}

/** Everything a mapping needs to turn one 1:1 into requests. */
export interface SendContext {
  meeting: Meeting;
  person: Person;
  /** This 1:1's commitments, both ways. */
  commitments: Commitment[];
  templateName: string;
  organizerName: string;
  timeZone: string;
  connection: Connection;
  /** Written into the content so a send whose outcome is unknown can be found again. */
  marker: string;
  kind: 'report' | 'update';
}

/** What the CRM answered to "Test connection", to show and remember. */
export interface TestResult {
  organizer?: { id: string; name: string };
  campaignName?: string;
}

/** One file per CRM implements this (lib/crm/writeback/<crm>.ts): a wrong guess about an API is one edit. */
export interface CrmWriter {
  kind: CrmKind;
  /** e.g. https://riverside.nationbuilder.com/api/v2/ */
  apiBase(connection: Pick<Connection, 'account'>): string;
  /** Host permissions the API needs (asked for at the click that connects). */
  origins(account: string): string[];
  /** Request headers carrying the credential. */
  headers(credential: string): Record<string, string>;
  /** Fewest milliseconds between two requests to one account (stated or observed limits). */
  minGapMs: number;
  plan(ctx: SendContext): Step[];
  /** A harmless read that proves the credential works. */
  test(connection: Pick<Connection, 'account' | 'campaignId'>): ApiRequest;
  readTest(body: unknown): TestResult;
  /** The CRM's own explanation of a refusal, from its error body. */
  errorText(body: unknown): string | undefined;
}
