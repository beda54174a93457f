import type { z } from 'zod';
import { personRequests, type PersonResponses } from './protocol/person';
import { settingsRequests, type SettingsResponses } from './protocol/settings';
import { meetingRequests, type MeetingResponses } from './protocol/meetings';
import { followUpRequests, type FollowUpResponses } from './protocol/followups';
import { dataRequests, type DataResponses } from './protocol/data';
import { panelRequests, type PanelLayout, type PanelResponses } from './protocol/panel';

import { teamRequests, type TeamResponses } from './protocol/team';
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
  ...panelRequests,

  ...teamRequests,
  ...crmRequests,
};

export type RequestSchemas = typeof requestSchemas;
export type MessageType = keyof RequestSchemas;

export interface Responses extends PersonResponses, SettingsResponses, MeetingResponses, FollowUpResponses, DataResponses, PanelResponses, TeamResponses, CrmResponses {}

export type Request<K extends MessageType> = z.input<RequestSchemas[K]>;
export type ParsedRequest<K extends MessageType> = z.output<RequestSchemas[K]>;
export type Response<K extends MessageType> = Responses[K];

/** Messages the background sends to a CRM tab's guest, or to panels. */
export interface TabMessages {
  /** To a guest: the keyboard shortcut (fold or unfold, and focus the panel). */
  togglePanel(): void;
  /** To a guest: fold, unfold or resize the frame as the panel asked. */
  guestLayout(data: PanelLayout): void;
  /**
   * To every panel (a broadcast to extension pages): something about tab `tabId` changed, ask
   * again. It carries no data, so a panel of another tab learns nothing from it.
   */
  panelNudge(data: { tabId: number; reason: 'person' | 'focus' | 'data' }): void;
}

export type ProtocolMap = {
  [K in MessageType]: (data: Request<K>) => Response<K>;
} & TabMessages;
