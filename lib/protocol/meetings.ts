import { z } from 'zod';
import { CommitmentStatus, Meeting, patchOf } from '../model';
import type { Commitment, FollowUp, Person } from '../model';

const Id = z.string().min(1).max(120);
const PersonKey = z.string().min(1).max(400);

/** The fields of a 1:1 the panel edits. Status changes go through their own messages. */
export const MeetingPatch = patchOf(
  Meeting.pick({
    templateId: true,
    scheduledAt: true,
    plannedMinutes: true,
    place: true,
    mode: true,
    prep: true,
    steps: true,
    currentStep: true,
    listeningMs: true,
    talkingMs: true,
    ask: true,
    answer: true,
    learned: true,
    report: true,
    private: true,
  }),
);

export const meetingRequests = {
  createMeeting: z
    .object({
      personKey: PersonKey,
      templateId: Id.optional(),
      scheduledAt: z.number().int().min(0).optional(),
      plannedMinutes: z.number().int().min(5).max(240).optional(),
      place: z.string().max(500).optional(),
    })
    .strict(),
  saveMeeting: z.object({ id: Id, baseRev: z.number().int().min(0), patch: MeetingPatch, force: z.boolean().optional() }).strict(),
  /** Begin holding the conversation (sets the start time once). */
  startMeeting: z.object({ id: Id }).strict(),
  finishMeeting: z.object({ id: Id }).strict(),
  cancelMeeting: z.object({ id: Id }).strict(),
  /** Validated in the handler with CommitmentInput, so the form gets one message per field. */
  saveCommitment: z.object({ commitment: z.unknown() }).strict(),
  setCommitmentStatus: z.object({ id: Id, status: CommitmentStatus }).strict(),
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
}
