import type { CommitmentStatus, Meeting } from '../../lib/model';
import type { MeetingPatchInput, SaveCommitmentResult } from '../../lib/protocol/meetings';
import type { CrmSendApi } from './CrmSend';

/**
 * What the panel components can ask for. The content script implements it with messages to the
 * background (entrypoints/crm.content/person-api.ts); tests implement it with plain functions.
 * Components never message or store anything themselves. Writes that change what the panel
 * shows refresh the person's view when they return.
 */
export interface PanelApi {
  savePersonNotes(notes: string): Promise<void>;
  /**
   * Keeps the organizer's correction of a misread name until the CRM page shows another name;
   * '' (or the page's own name) drops it. Optional: a panel without it offers no correction.
   */
  correctName?(name: string): Promise<void>;
  createMeeting(templateId?: string): Promise<void>;
  /** Autosaves part of a 1:1; reports fields another tab changed since `baseRev`. */
  saveMeeting(id: string, baseRev: number, patch: MeetingPatchInput, force?: boolean): Promise<{ meeting: Meeting; conflicts: string[] }>;
  startMeeting(id: string): Promise<void>;
  finishMeeting(id: string): Promise<void>;
  cancelMeeting(id: string): Promise<void>;
  saveCommitment(input: Record<string, unknown>): Promise<SaveCommitmentResult>;
  setCommitmentStatus(id: string, status: CommitmentStatus): Promise<void>;
  completeFollowUp(id: string): Promise<void>;
  snoozeFollowUp(id: string): Promise<void>;
  /** Fetch the person's view again (e.g. when the tab comes back into view). */
  refresh(): Promise<void>;
  /** A finished 1:1 on its way to the CRM (copy, the team's form, write-back). */
  crm?: CrmSendApi;
}
