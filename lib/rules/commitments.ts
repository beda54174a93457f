import { z } from 'zod';
import { ChosenTime, CommitmentDirection, Id, PersonKey } from '../model';
import { LIMITS } from '../limits';
import { formatNumber, t } from '../i18n';

/** Worded when the error happens, in the interface language of that moment. */
const tooLong = { error: () => t('errors.tooLong', [formatNumber(LIMITS.short)]) };

/**
 * What the commitment form sends. A commitment must say what, by when, and (for theirs) what
 * it is for: a vague one is refused with the missing part named, never saved.
 */
export const CommitmentInput = z
  .object({
    id: Id.optional(),
    personKey: PersonKey,
    meetingId: Id.optional(),
    direction: CommitmentDirection,
    what: z.string().trim().max(LIMITS.short, tooLong).default(''),
    dueAt: ChosenTime.optional(),
    goal: z.string().trim().max(LIMITS.short, tooLong).default(''),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.what) ctx.addIssue({ code: 'custom', path: ['what'], message: t('errors.commitment.what') });
    if (input.dueAt === undefined) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: t('errors.commitment.due') });
    if (input.direction === 'theirs' && !input.goal) {
      ctx.addIssue({ code: 'custom', path: ['goal'], message: t('errors.commitment.goal') });
    }
  });
export type CommitmentInput = z.input<typeof CommitmentInput>;

/** One message per field, the first problem found, for the form to show beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}

/** Overdue: still open and its due time has passed. */
export function isOverdue(commitment: { status: string; dueAt: number }, now: number): boolean {
  return commitment.status === 'open' && commitment.dueAt < now;
}
