import type { Meeting } from '../../lib/model';
import { t } from '../../lib/i18n';
import type { MeetingPatchInput } from '../../lib/protocol/meetings';

/** The 1:1 fields the panel edits (status changes go through their own calls). */
export const EDITABLE = [
  'templateId',
  'scheduledAt',
  'plannedMinutes',
  'place',
  'mode',
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

/** How the conflict notice names a field another tab changed. */
const FIELD_NAMES: Record<(typeof EDITABLE)[number], string> = {
  templateId: 'the agenda model',
  scheduledAt: 'the date and time',
  plannedMinutes: 'the planned length',
  place: 'the place',
  // A getter: the message is read when shown, once the browser's messages are there.
  get mode() {
    return t('writeback.modeField.conflictName');
  },
  prep: 'the preparation',
  steps: 'the step notes',
  currentStep: 'the current step',
  listeningMs: 'the talk tally',
  talkingMs: 'the talk tally',
  ask: 'the ask',
  answer: 'their answer',
  learned: 'what you learned',
  report: 'the report',
  private: 'the private setting',
};

/** "the place and the report", for fields named by the store. */
export function describeFields(fields: string[]): string {
  const names = [...new Set(fields.map((f) => FIELD_NAMES[f as keyof typeof FIELD_NAMES] ?? f))];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
