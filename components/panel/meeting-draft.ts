import type { Meeting } from '../../lib/model';
import type { MeetingPatchInput } from '../../lib/protocol/meetings';

/** The 1:1 fields the panel edits (status changes go through their own calls). */
export const EDITABLE = [
  'templateId',
  'scheduledAt',
  'plannedMinutes',
  'place',
  'prep',
  'steps',
  'currentStep',
  'listeningMs',
  'talkingMs',
  'ask',
  'answer',
  'learned',
  'report',
  'private',
] as const satisfies readonly (keyof MeetingPatchInput)[];

/** The fields of `next` that differ from `base`, as a patch. */
export function diffMeeting(base: Meeting, next: Meeting): MeetingPatchInput {
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    if (JSON.stringify(base[field]) !== JSON.stringify(next[field])) patch[field] = next[field];
  }
  return patch as MeetingPatchInput;
}
