import type { z } from 'zod';
import { personRequests, type PersonResponses } from './protocol/person';
import { settingsRequests, type SettingsResponses } from './protocol/settings';
import { meetingRequests, type MeetingResponses } from './protocol/meetings';
import { followUpRequests, type FollowUpResponses } from './protocol/followups';
import { dataRequests, type DataResponses } from './protocol/data';
import { crmRequests, type CrmResponses } from './protocol/crm';

/**
 * The one message map between the pages (panel, popup, options) and the background.
 * Each feature declares its requests (zod schemas, checked by the background) and responses
 * in lib/protocol/<feature>.ts; this file joins them. Content scripts import only types from
 * here, so zod's full build never ships in the content script.
 */
export const requestSchemas = {
  ...personRequests,
  ...settingsRequests,
  ...meetingRequests,
  ...followUpRequests,
  ...dataRequests,
  ...crmRequests,
};

export type RequestSchemas = typeof requestSchemas;
export type MessageType = keyof RequestSchemas;

export interface Responses extends PersonResponses, SettingsResponses, MeetingResponses, FollowUpResponses, DataResponses, CrmResponses {}

export type Request<K extends MessageType> = z.input<RequestSchemas[K]>;
export type ParsedRequest<K extends MessageType> = z.output<RequestSchemas[K]>;
export type Response<K extends MessageType> = Responses[K];

/** Messages the background sends to a CRM tab (handled by the content script). */
export interface TabMessages {
  /** Show this follow-up in the panel (from a notification or the popup). */
  showFollowUp(data: { followUpId: string; personKey: string }): void;
  /** The keyboard shortcut: show or hide the panel in this tab. */
  togglePanel(): void;
}

export type ProtocolMap = {
  [K in MessageType]: (data: Request<K>) => Response<K>;
} & TabMessages;
