import type { Commitment, CommitmentStatus, FollowUp, Meeting, Speaker } from '../../lib/model';
import type { MeetingPatchInput, SaveCommitmentResult } from '../../lib/protocol/meetings';
import type { CrmSendApi } from './CrmSend';

/** What removing a commitment took away; undo puts it back as it was. */
export interface RemovedCommitment {
  commitment: Commitment;
  followUps: FollowUp[];
}

/** The stored notes after a save; `conflict` when another tab's newer notes were kept instead. */
export interface SavedNotes {
  notes: string;
  rev: number;
  conflict: boolean;
}

/**
 * What the panel components can ask for. The content script implements it with messages to the
 * background (entrypoints/panel/person-api.ts); tests implement it with plain functions.
 * Components never message or store anything themselves. Writes that change what the panel
 * shows refresh the person's view before they return.
 */
export interface PanelApi {
  /** Saves the person's notes based on revision `baseRev`; `force` is "Keep mine". */
  savePersonNotes(notes: string, baseRev: number, force?: boolean): Promise<SavedNotes>;
  /**
   * Keeps the organizer's correction of a misread name until the CRM page shows another name;
   * '' (or the page's own name) drops it. Optional: a panel without it offers no correction.
   */
  correctName?(name: string): Promise<void>;
  createMeeting(input?: { templateId?: string; prep?: Partial<Meeting['prep']> }): Promise<void>;
  /** Autosaves part of a 1:1; names the paths another tab changed since `baseRev`. */
  saveMeeting(id: string, baseRev: number, patch: MeetingPatchInput, force?: boolean): Promise<{ meeting: Meeting; conflicts: string[] }>;
  startMeeting(id: string): Promise<Meeting>;
  finishMeeting(id: string): Promise<Meeting>;
  cancelMeeting(id: string): Promise<Meeting>;
  /** Undo of a cancel, or a cancelled 1:1 brought back from the history. */
  restoreMeeting(id: string): Promise<Meeting>;
  /** The talk tally: who is talking from now on (null: nobody). */
  setSpeaker(id: string, speaker: Speaker | null): Promise<Meeting>;
  /** A 1:1 and the commitments made in it, for the read view. */
  getMeeting(id: string): Promise<{ meeting: Meeting; commitments: Commitment[] }>;
  saveCommitment(input: Record<string, unknown>): Promise<SaveCommitmentResult>;
  setCommitmentStatus(id: string, status: CommitmentStatus): Promise<void>;
  deleteCommitment(id: string): Promise<RemovedCommitment>;
  restoreCommitment(removed: RemovedCommitment): Promise<void>;
  completeFollowUp(id: string): Promise<void>;
  snoozeFollowUp(id: string): Promise<void>;
  /** Fetch the person's view again (e.g. when the tab comes back into view). */
  refresh(): Promise<void>;
  /** A finished 1:1 on its way to the CRM (copy, the team's form, write-back). */
  crm?: CrmSendApi;
}
