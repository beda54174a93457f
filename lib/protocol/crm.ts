import { z } from 'zod';
import { t } from '../i18n';
import { CrmKindSchema } from '../model';
import { ConnectionSettings, type Connection } from '../crm/writeback/model';
import type { PreviewRequest } from '../crm/writeback';
import type { CrmSendView } from '../outbox/status';

const Id = z.string().min(1).max(200);
const MeetingId = z.string().min(1).max(120);
/** Nation slug, Action Network group or Action Builder organization, as in the CRM's addresses. */
const Account = z
  .string()
  .trim()
  .toLowerCase()
  .max(120)
  // Lazy: the message is looked up when shown, in the browser's language.
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: () => t('writeback.connect.badAccount') });
const Secret = z.string().trim().min(1, { error: () => t('writeback.connect.noSecret') }).max(4000);

/** How the organizer proves who they are; only ever sent from the options page to the background. */
export const Credential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), token: Secret }).strict(),
  z.object({ kind: z.literal('key'), key: Secret }).strict(),
  z
    .object({
      kind: z.literal('oauth'),
      code: z.string().min(1).max(2000),
      redirectUri: z.url().max(2000),
      clientId: z.string().trim().min(1).max(400),
      clientSecret: z.string().trim().min(1).max(400),
    })
    .strict(),
]);

export const crmRequests = {
  // Options page: CRM connections.
  listConnections: z.object({}).strict(),
  /** Tests the credential with a harmless read, then stores it (storage.local) and the connection. */
  connectCrm: z
    .object({ crm: CrmKindSchema, account: Account, credential: Credential, campaignId: z.string().trim().max(120).optional() })
    .strict(),
  testConnection: z.object({ id: Id }).strict(),
  saveConnectionSettings: z.object({ id: Id, settings: ConnectionSettings.partial() }).strict(),
  /** Removes the token and the connection; sends that had not gone out are dropped. */
  disconnectCrm: z.object({ id: Id }).strict(),
  /** Connections that need reconnecting (the popup and options say so). */
  getCrmAlerts: z.object({}).strict(),

  // Panel: one finished 1:1.
  /** The plain-text note for the clipboard; the notes only when ticked in. */
  getCrmNote: z.object({ meetingId: MeetingId, includeNotes: z.boolean() }).strict(),
  /** Exactly what a send to the connected CRM holds. */
  previewCrmSend: z.object({ meetingId: MeetingId }).strict(),
  /** Queue the 1:1 (or its update); `confirm` says the organizer has seen the preview. */
  sendToCrm: z.object({ meetingId: MeetingId, confirm: z.boolean().default(false) }).strict(),
  retryCrmSend: z.object({ meetingId: MeetingId }).strict(),
  discardCrmSend: z.object({ meetingId: MeetingId }).strict(),
  /** Opens the team's form, filled in from the 1:1, in a new tab. */
  openTeamForm: z.object({ meetingId: MeetingId }).strict(),
};

export interface CrmAlert {
  id: string;
  crm: Connection['crm'];
  account: string;
  problem?: string;
}

export type CrmPreview = { ok: true; crm: Connection['crm']; account: string; requests: PreviewRequest[] } | { ok: false; problem: string };

export interface CrmResponses {
  listConnections: Connection[];
  connectCrm: Connection;
  testConnection: Connection;
  saveConnectionSettings: Connection;
  disconnectCrm: { removed: boolean };
  getCrmAlerts: CrmAlert[];
  getCrmNote: { text: string };
  previewCrmSend: CrmPreview;
  sendToCrm: CrmSendView | null;
  retryCrmSend: CrmSendView | null;
  discardCrmSend: { discarded: boolean };
  openTeamForm: { opened: boolean };
}
