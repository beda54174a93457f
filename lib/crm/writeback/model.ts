import { z } from 'zod';
import { CrmKindSchema, LadderLevel, Timestamp } from '../../model';

/**
 * The records behind CRM write-back. Connections hold what the organizer set up for one CRM
 * account (never a token or key: those live in storage.local, lib/outbox/secrets.ts); outbox
 * items are the sends, one per 1:1 report (and one per update of a sent report).
 */

/** The ladder levels an Action Builder assessment can be set from. */
export const RatedLadder = LadderLevel.exclude(['unknown']);
export type RatedLadder = z.infer<typeof RatedLadder>;

/** Assessment per ladder level (Action Builder's 1–6; null leaves the assessment alone). */
export const AssessmentMap = z.record(RatedLadder, z.number().int().min(1).max(6).nullable());
export type AssessmentMap = z.infer<typeof AssessmentMap>;

/** A starting point the organizer edits in Options: 1 is the most involved. */
export const defaultAssessments: AssessmentMap = {
  supporter: 3,
  attends: 3,
  volunteers: 2,
  hosts: 2,
  leads: 1,
  recruits: 1,
  organizes: 1,
};

const FieldName = z.string().trim().max(100);

export const ConnectionSettings = z.object({
  /** NationBuilder tag, Action Network tag (if it exists there), Action Builder tag response. */
  tag: FieldName.default('1on1'),
  /** Action Network custom fields (one value each: a new 1:1 overwrites the last). */
  lastDateField: FieldName.default('Last 1:1'),
  answerField: FieldName.default('Last 1:1 answer'),
  ladderField: FieldName.default('Ladder of engagement'),
  /** Action Builder: where the tag response goes (both must exist in the campaign). */
  tagSection: FieldName.default(''),
  tagField: FieldName.default(''),
  assessments: AssessmentMap.default(defaultAssessments),
});
export type ConnectionSettings = z.infer<typeof ConnectionSettings>;

export const ConnectionState = z.enum(['connected', 'needs-reconnect']);
export type ConnectionState = z.infer<typeof ConnectionState>;

export const Connection = z.object({
  /** `${crm}:${account}`: the same account part as the people's keys (lib/crm/types.ts personKey). */
  id: z.string().min(1).max(200),
  crm: CrmKindSchema,
  /** Nation slug, Action Network group, Action Builder organization; lower case. */
  account: z.string().min(1).max(120),
  /** A pasted NationBuilder token (24 hours), NationBuilder OAuth, or an API key. */
  auth: z.enum(['token', 'oauth', 'key']),
  state: ConnectionState,
  /** Why it needs reconnecting, in words for the organizer. */
  problem: z.string().max(300).optional(),
  /** Who the CRM says the organizer is (NationBuilder: signups/me; their id becomes the author). */
  organizer: z.object({ id: z.string().max(120), name: z.string().max(200) }).optional(),
  /** When a pasted NationBuilder token stops working. */
  tokenExpiresAt: Timestamp.optional(),
  /** Action Builder campaign (the 36-character interact id) and its name. */
  campaignId: z.string().max(120).optional(),
  campaignName: z.string().max(200).optional(),
  settings: ConnectionSettings.default(ConnectionSettings.parse({})),
  /** Set once the organizer has seen exactly what a send holds and said send it. */
  confirmedAt: Timestamp.optional(),
  /** Rate limit: no request to this account before this time (RateLimit-Reset, Retry-After). */
  holdUntil: Timestamp.optional(),
  connectedAt: Timestamp,
  updatedAt: Timestamp,
});
export type Connection = z.infer<typeof Connection>;

/** A personal token past the expiry the organizer gave it (OAuth tokens refresh instead). */
export function tokenExpired(connection: Pick<Connection, 'auth' | 'tokenExpiresAt'>, now: number): boolean {
  return connection.auth === 'token' && connection.tokenExpiresAt !== undefined && connection.tokenExpiresAt <= now;
}

export const connectionId = (crm: string, account: string) => `${crm}:${account.toLowerCase()}`;

export const OutboxState = z.enum([
  /** First send on a connection: waits until the organizer has seen what it holds. */
  'preview',
  /** Queued, or backing off after an error; `nextAt` says when it is tried. */
  'waiting',
  /** An attempt is under way; `nextAt` is when it counts as lost (worker stopped). */
  'sending',
  'sent',
  /** The CRM refused it and said why: Retry or Discard. */
  'failed',
]);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxItem = z.object({
  id: z.string().min(1).max(60),
  connectionId: z.string().min(1).max(200),
  meetingId: z.string().min(1).max(120),
  personKey: z.string().min(1).max(400),
  /** A 1:1's report, or an edited report sent again. */
  kind: z.enum(['report', 'update']),
  state: OutboxState,
  /** Attempts made so far. */
  tries: z.number().int().min(0).default(0),
  /** When the item next needs the worker; absent when nothing is to be done (indexed, sparse). */
  nextAt: Timestamp.optional(),
  /** Steps of the plan already done, and what they found (ids), so a retry repeats none. */
  done: z.array(z.string()).default([]),
  found: z.record(z.string(), z.string()).default({}),
  /** A step sent whose outcome is unknown (timeout, worker stopped): checked before it is sent again. */
  inFlight: z.string().optional(),
  error: z.string().max(500).optional(),
  sentAt: Timestamp.optional(),
  /** The 1:1's revision that was sent: a later edit offers to send the update. */
  sentRev: z.number().int().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** Secrets, kept in storage.local under the connection's id; never in IndexedDB or a message out. */
export const Secret = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), token: z.string().min(1).max(4000) }),
  z.object({ kind: z.literal('key'), key: z.string().min(1).max(4000) }),
  z.object({
    kind: z.literal('oauth'),
    accessToken: z.string().min(1).max(4000),
    refreshToken: z.string().max(4000).optional(),
    expiresAt: Timestamp.optional(),
    clientId: z.string().min(1).max(400),
    clientSecret: z.string().min(1).max(400),
  }),
]);
export type Secret = z.infer<typeof Secret>;
