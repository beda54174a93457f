import type { MessageType, ParsedRequest } from '../protocol';

/**
 * Who may ask for what, in one table. The background classifies every sender (lib/background/
 * sender.ts) and refuses a message from a context not listed for it, before any handler runs.
 *
 * - `guest`: the content script on a CRM page. It runs beside code we do not trust (a hijacked
 *   renderer can send anything it can), so it may only say what its own tab shows.
 * - `panel`: the panel page framed in a CRM tab. It may read and write the person that tab
 *   shows, and nothing of anyone else.
 * - `page`: the extension's own pages (popup, options, reports, team): everything else.
 */
export type Context = 'guest' | 'panel' | 'page';

/** What a panel request touches, resolved to a person in the background and checked against its tab. */
export type PersonScope =
  | { tab: true }
  | { personKey: string }
  | { meetingId: string }
  | { commitmentId: string }
  | { followUpId: string };

export interface Rule<K extends MessageType> {
  from: readonly Context[];
  /** For panel requests: the person the request touches (must be the one its tab shows). */
  person?: (data: ParsedRequest<K>) => PersonScope;
}

const PAGE = ['page'] as const;

export const ACCESS: { [K in MessageType]: Rule<K> } = {
  // The guest says what its page shows, and folds the panel for the shortcut. Nothing else.
  guestReport: { from: ['guest'] },
  guestFold: { from: ['guest'] },

  // The panel: its own tab, its own person.
  panelHello: { from: ['panel'] },
  panelState: { from: ['panel'] },
  confirmManualPerson: { from: ['panel'] },
  setPanelLayout: { from: ['panel'] },
  getPersonView: { from: ['panel'], person: () => ({ tab: true }) },
  updatePerson: { from: ['panel'], person: (d) => ({ personKey: d.key }) },
  correctPersonName: { from: ['panel'], person: (d) => ({ personKey: d.key }) },
  createMeeting: { from: ['panel'], person: (d) => ({ personKey: d.personKey }) },
  saveMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  startMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  finishMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  cancelMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  setSpeaker: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  restoreMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  getMeeting: { from: ['panel'], person: (d) => ({ meetingId: d.id }) },
  deleteCommitment: { from: ['panel'], person: (d) => ({ commitmentId: d.id }) },
  // The undo carries the commitment and its follow-ups: all must be this person's (the handler
  // checks the follow-ups against the commitment).
  restoreCommitment: { from: ['panel'], person: (d) => ({ personKey: d.commitment.personKey }) },
  saveCommitment: { from: ['panel'], person: (d) => ({ personKey: String((d.commitment as { personKey?: unknown } | null)?.personKey ?? '') }) },
  setCommitmentStatus: { from: ['panel'], person: (d) => ({ commitmentId: d.id }) },
  // Follow-ups are worked from the panel (this person's) and from the popup (anyone's).
  completeFollowUp: { from: ['panel', 'page'], person: (d) => ({ followUpId: d.id }) },
  snoozeFollowUp: { from: ['panel', 'page'], person: (d) => ({ followUpId: d.id }) },

  // Extension pages only.
  listFollowUps: { from: PAGE },
  moreFollowUps: { from: PAGE },
  openFollowUp: { from: PAGE },
  getSettings: { from: PAGE },
  saveSettings: { from: PAGE },
  listTemplates: { from: PAGE },
  saveTemplate: { from: PAGE },
  deleteTemplate: { from: PAGE },
  getReport: { from: PAGE },
  exportCsv: { from: PAGE },
  exportBackup: { from: PAGE },
  importBackup: { from: PAGE },
  importTemplates: { from: PAGE },
  // Teams: drives (popup, reports), the team file and the team page.
  listDrives: { from: PAGE },
  saveDrive: { from: PAGE },
  deleteDrive: { from: PAGE },
  exportTeamFile: { from: PAGE },
  importTeamFile: { from: PAGE },
  getTeam: { from: PAGE },
  removeTeamFile: { from: PAGE },
  exportTeamCsv: { from: PAGE },
  // CRM write-back. Connecting carries the secret: extension pages only, never the panel.
  listConnections: { from: PAGE },
  connectCrm: { from: PAGE },
  testConnection: { from: PAGE },
  saveConnectionSettings: { from: PAGE },
  disconnectCrm: { from: PAGE },
  getCrmAlerts: { from: PAGE },
  // The panel: the note and the sends of its own person's 1:1s.
  getCrmNote: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
  previewCrmSend: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
  sendToCrm: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
  retryCrmSend: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
  discardCrmSend: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
  openTeamForm: { from: ['panel'], person: (d) => ({ meetingId: d.meetingId }) },
};
