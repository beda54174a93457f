import { z } from 'zod';
import { AskAnswer, Commitment as CommitmentSchema, CommitmentStatus, FollowUp as FollowUpSchema, Meeting, Prep, Report, Speaker, StepRecord, Timestamp, Id, PersonKey, patchOf } from '../model';
import type { Commitment, FollowUp, Person } from '../model';


/**
 * An edit of a 1:1 from the panel: top-level fields whole; prep and report field by field and
 * steps step by step, so that each is its own revision path (lib/store/revisions.ts). `null`
 * clears an optional field. Status changes and the talk tally go through their own messages.
 */
export const MeetingPatch = patchOf(
  Meeting.pick({
    templateId: true,
    plannedMinutes: true,
    place: true,
    mode: true,
    currentStep: true,
    ask: true,
    askGoal: true,
    learned: true,
    private: true,
  }),
).extend({
  scheduledAt: Timestamp.nullable().optional(),
  askDueAt: Timestamp.nullable().optional(),
  answer: AskAnswer.nullable().optional(),
  prep: patchOf(Prep).optional(),
  steps: z.record(z.string().max(60), StepRecord).optional(),
  report: patchOf(Report).optional(),
});

export const meetingRequests = {
  createMeeting: z
    .object({
      personKey: PersonKey,
      templateId: Id.optional(),
      scheduledAt: Meeting.shape.scheduledAt,
      plannedMinutes: Meeting.shape.plannedMinutes.unwrap().optional(),
      place: Meeting.shape.place.unwrap().optional(),
      /** Carried over from the last 1:1 ("Prepare the next 1:1"). */
      prep: patchOf(Prep).optional(),
    })
    .strict(),
  saveMeeting: z.object({ id: Id, baseRev: z.number().int().min(0), patch: MeetingPatch, force: z.boolean().optional() }).strict(),
  /** Begin holding the conversation (sets the start time once). */
  startMeeting: z.object({ id: Id }).strict(),
  finishMeeting: z.object({ id: Id }).strict(),
  cancelMeeting: z.object({ id: Id }).strict(),
  /** Undo of a cancel, or bringing a cancelled 1:1 back from the history. */
  restoreMeeting: z.object({ id: Id }).strict(),
  /** The talk tally: who is talking from now on (null: nobody). */
  setSpeaker: z.object({ id: Id, speaker: Speaker.nullable() }).strict(),
  /** A past 1:1 and the commitments made in it, for the read view. */
  getMeeting: z.object({ id: Id }).strict(),
  /** Validated in the handler with CommitmentInput, so the form gets one message per field. */
  saveCommitment: z.object({ commitment: z.unknown() }).strict(),
  setCommitmentStatus: z.object({ id: Id, status: CommitmentStatus }).strict(),
  /** Removes a commitment made by mistake; the answer carries what undo needs. */
  deleteCommitment: z.object({ id: Id }).strict(),
  /** Undo of deleteCommitment. */
  restoreCommitment: z.object({ commitment: CommitmentSchema, followUps: z.array(FollowUpSchema).max(50) }).strict(),
};

export type MeetingPatchInput = z.input<typeof MeetingPatch>;

export type SaveCommitmentResult = { ok: true; commitment: Commitment } | { ok: false; errors: Record<string, string> };

export interface MeetingResponses {
  createMeeting: Meeting;
  saveMeeting: { meeting: Meeting; conflicts: string[] };
  startMeeting: Meeting;
  finishMeeting: { meeting: Meeting; person: Person; followUps: FollowUp[] };
  cancelMeeting: Meeting;
  saveCommitment: SaveCommitmentResult;
  setCommitmentStatus: Commitment;
  restoreMeeting: Meeting;
  setSpeaker: Meeting;
  getMeeting: { meeting: Meeting; commitments: Commitment[] };
  deleteCommitment: { commitment: Commitment; followUps: FollowUp[] };
  restoreCommitment: Commitment;
}
