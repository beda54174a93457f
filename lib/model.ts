import { z } from 'zod';
import { formatNumber, t, uiLanguage } from './i18n';
import { LIMITS, TIME_LIMITS } from './limits';

/**
 * Every record the product keeps, as zod schemas. Types are inferred from them, and the
 * background parses with them at every boundary (messages, imported files).
 * Times are epoch milliseconds: cheap to index and compare, formatted at the edges.
 */

const tooLate = (limit: number) => ({ error: () => t('data.timeTooLate', [String(new Date(limit).getUTCFullYear())]) });
export const Timestamp = z.number().int().min(0, { error: () => t('errors.timeBefore1970') }).max(TIME_LIMITS.latest, tooLate(TIME_LIMITS.latest));
/** A time the organizer picks: follow-ups derived from it must still fit in a Timestamp. */
export const ChosenTime = Timestamp.max(TIME_LIMITS.latestChosen, tooLate(TIME_LIMITS.latestChosen));
export const Id = z.string().min(1).max(LIMITS.id);
export const PersonKey = z.string().min(1).max(LIMITS.personKey);
const FollowUpId = z.string().min(1).max(LIMITS.followUpId);
export const ShortText = z.string().max(LIMITS.short, { error: () => t('errors.tooLong', [formatNumber(LIMITS.short)]) });
export const LongText = z.string().max(LIMITS.long, { error: () => t('errors.textTooLong', [formatNumber(LIMITS.long)]) });

export const CrmKindSchema = z.enum(['nationbuilder', 'actionnetwork', 'actionbuilder']);
export type CrmKind = z.infer<typeof CrmKindSchema>;

/** What a CRM page tells us about the person on it (read by an adapter in lib/crm/). */
export const PersonRefSchema = z.object({
  crm: CrmKindSchema,
  /** Nation slug, Action Network group, or Action Builder org: part of the identity. */
  account: z.string().trim().min(1, { error: () => t('errors.noAccount') }).max(LIMITS.account),
  /** The CRM's own id when the URL carries one. */
  crmId: z.string().trim().min(1).max(LIMITS.crmId).optional(),
  name: z.string().trim().max(LIMITS.name),
  email: z.email({ error: () => t('errors.badEmail') }).max(LIMITS.email).optional(),
  phone: z.string().trim().max(LIMITS.phone).optional(),
  /** The page shows the email as one the person opted out of (struck through, "unsubscribed"). */
  emailOptedOut: z.boolean().optional(),
  /** Where the person's page lives, to open it again from a reminder. */
  url: z.url(),
}).refine((ref) => ref.crmId || ref.email, { error: () => t('errors.noIdOrEmail'), path: ['crmId'] });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Where a person stands on the ladder of engagement, lowest rung first. */
export const LadderLevel = z.enum([
  'unknown',
  'supporter',
  'attends',
  'volunteers',
  'hosts',
  'leads',
  'recruits',
  'organizes',
]);
export type LadderLevel = z.infer<typeof LadderLevel>;

export const Person = z.object({
  key: PersonKey,
  crm: CrmKindSchema,
  account: z.string().min(1).max(LIMITS.account),
  crmId: z.string().max(LIMITS.crmId).optional(),
  name: z.string().max(LIMITS.name),
  email: z.string().max(LIMITS.email).optional(),
  phone: z.string().max(LIMITS.phone).optional(),
  /** They opted out of email (as the CRM page last showed it): show it, and never suggest emailing. */
  emailOptedOut: z.boolean().optional(),
  /**
   * Set while the organizer's correction of the name stands: the name the CRM page showed when
   * it was corrected. `name` holds the correction; once the page shows another name, that wins.
   */
  nameFromPage: z.string().max(LIMITS.name).optional(),
  url: z.string().url(),
  bestWay: ShortText.default(''),
  accessNeeds: ShortText.default(''),
  /** How the organizer knows them, or who referred them. */
  relationship: ShortText.default(''),
  ladder: LadderLevel.default('unknown'),
  /** Free notes about the person, outside any one meeting. */
  notes: LongText.default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Bumped on every write; edits name the revision they were based on (see lib/store/revisions.ts). */
  rev: z.number().int().min(0).default(0),
  /** Revision at which each editable field last changed, to spot edits from another tab. */
  fieldRevs: z.record(z.string(), z.number().int()).default({}),
});
export type Person = z.infer<typeof Person>;

export const MeetingStatus = z.enum(['planned', 'in-progress', 'held', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const AskAnswer = z.enum(['yes', 'ambivalent', 'no']);
export type AskAnswer = z.infer<typeof AskAnswer>;
export const Signal = z.enum(['green', 'yellow']);
/** How the 1:1 is held; the CRM write-back logs it as the contact's method. */
export const MeetingMode = z.enum(['in-person', 'video', 'phone']);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const Speaker = z.enum(['them', 'me']);
export type Speaker = z.infer<typeof Speaker>;

export const Prep = z.object({
  relationship: ShortText.default(''),
  knownAbout: LongText.default(''),
  myStory: LongText.default(''),
  questions: LongText.default(''),
  /** Candidate asks, best first (two or three). */
  asks: z.array(ShortText).max(3, { error: () => t('errors.threeAsks') }).default([]),
  logistics: ShortText.default(''),
});

export const StepRecord = z.object({
  notes: LongText.default(''),
  signal: Signal.optional(),
});

export const Referral = z.object({
  name: z.string().min(1, { error: () => t('errors.referralName') }).max(LIMITS.name),
  contact: ShortText.default(''),
});

export const Report = z.object({
  issue: ShortText.default(''),
  story: LongText.default(''),
  skills: LongText.default(''),
  enjoys: ShortText.default(''),
  bestWay: ShortText.default(''),
  accessNeeds: ShortText.default(''),
  referrals: z.array(Referral).max(50).default([]),
  ladder: LadderLevel.default('unknown'),
  staffName: ShortText.default(''),
  staffDate: ChosenTime.optional(),
  notes: LongText.default(''),
});

export const Meeting = z.object({
  id: Id,
  personKey: PersonKey,
  templateId: Id,
  status: MeetingStatus,
  scheduledAt: ChosenTime.optional(),
  /**
   * When the date (or the planned status) was last set. Confirmations are made as of this
   * moment, so they stay put however often the rules run again (lib/rules/confirmations.ts).
   */
  scheduleSetAt: Timestamp.optional(),
  plannedMinutes: z.number().int().min(5, { error: () => t('errors.minMinutes', ['5']) }).max(240, { error: () => t('errors.maxHours', ['4']) }).default(45),
  place: ShortText.default(''),
  mode: MeetingMode.default('in-person'),
  prep: Prep.default(Prep.parse({})),
  /** Notes and signals per agenda step, keyed by the template's step id. */
  steps: z.record(z.string(), StepRecord).default({}),
  currentStep: z.number().int().min(0).default(0),
  /** Talk-share tally: milliseconds the organizer spent listening and talking. */
  listeningMs: z.number().int().min(0).default(0),
  talkingMs: z.number().int().min(0).default(0),
  /** Who is talking now and since when: stored, so the tally runs on across stages, reloads and tabs. */
  speaker: Speaker.optional(),
  speakerSince: Timestamp.optional(),
  /** The ask as made (what), and like a commitment: by when, and what it is for. */
  ask: ShortText.default(''),
  askDueAt: Timestamp.optional(),
  askGoal: ShortText.default(''),
  answer: AskAnswer.optional(),
  /** Other outcomes: what was learned about the neighbourhood, the strategy, an opponent. */
  learned: LongText.default(''),
  report: Report.default(Report.parse({})),
  /** Private notes stay out of CSV exports. */
  private: z.boolean().default(false),
  startedAt: ChosenTime.optional(),
  endedAt: ChosenTime.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: z.number().int().min(0).default(0),
  fieldRevs: z.record(z.string(), z.number().int()).default({}),
});
export type Meeting = z.infer<typeof Meeting>;

export const CommitmentDirection = z.enum(['theirs', 'mine']);
export const CommitmentStatus = z.enum(['open', 'kept', 'missed', 'dropped']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const Commitment = z.object({
  id: Id,
  personKey: PersonKey,
  meetingId: Id.optional(),
  direction: CommitmentDirection,
  what: z.string().trim().min(1, { error: () => t('errors.promised') }).max(LIMITS.short),
  dueAt: ChosenTime,
  goal: ShortText.default(''),
  status: CommitmentStatus.default('open'),
  closedAt: Timestamp.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Commitment = z.infer<typeof Commitment>;

export const FollowUpKind = z.enum([
  'thank-you',
  'confirm',
  'commitment-reminder',
  'commitment-check',
  'check-in',
  'debrief',
  'referral',
  /** Write up the notes of a 1:1 finished without its report. */
  'write-up',
  'custom',
]);
export type FollowUpKind = z.infer<typeof FollowUpKind>;
export const FollowUpStatus = z.enum(['open', 'done', 'snoozed']);

export const FollowUp = z.object({
  id: FollowUpId,
  personKey: PersonKey,
  meetingId: Id.optional(),
  commitmentId: Id.optional(),
  kind: FollowUpKind,
  /** What to do, in the organizer's words (for custom and referral follow-ups). */
  title: ShortText.default(''),
  dueAt: Timestamp,
  status: FollowUpStatus.default('open'),
  snoozedUntil: Timestamp.optional(),
  doneAt: Timestamp.optional(),
  /** When a notification was shown for it, so each one fires once. */
  notifiedAt: Timestamp.optional(),
  /**
   * When it next needs attention: dueAt while open, snoozedUntil while snoozed, absent once
   * done. Indexed, so "overdue" is one key-range count however many follow-ups exist.
   */
  activeAt: Timestamp.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FollowUp = z.infer<typeof FollowUp>;

export const TemplateStep = z.object({
  id: z.string().min(1).max(LIMITS.stepId).regex(/^[a-z0-9-]+$/, { error: () => t('errors.stepId') }),
  title: z.string().trim().min(1, { error: () => t('errors.stepTitle') }).max(LIMITS.stepTitle),
  goal: z.string().trim().min(1, { error: () => t('errors.stepGoal') }).max(LIMITS.short),
  prompts: z.array(z.string().trim().min(1).max(LIMITS.prompt)).max(12).default([]),
  /** Signals to read from the other person: move on (green) or stay/go back (yellow). */
  green: z.string().max(LIMITS.prompt).optional(),
  yellow: z.string().max(LIMITS.prompt).optional(),
});
export type TemplateStep = z.infer<typeof TemplateStep>;

/** The languages agenda models are written in (the built-in ones exist in each). */
export const TemplateLanguage = z.enum(['en', 'es']);
export type TemplateLanguage = z.infer<typeof TemplateLanguage>;

export const Template = z
  .object({
    id: Id,
    name: z.string().trim().min(1, { error: () => t('errors.templateName') }).max(LIMITS.templateName),
    /** Credit line: the model this template follows. */
    source: z.string().trim().max(LIMITS.templateSource).default(''),
    builtIn: z.boolean().default(false),
    /** The language its steps are written in: a 1:1 is held in its model's language. */
    lang: TemplateLanguage.default('en'),
    /** Headings of the model's own prep worksheet, when it has one. */
    worksheet: z.array(z.string().min(1).max(LIMITS.stepTitle)).max(10).default([]),
    steps: z.array(TemplateStep).min(1, { error: () => t('errors.templateSteps') }).max(20),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: t('errors.stepIdTwice', [step.id]) });
      }
      seen.add(step.id);
    });
  });
export type Template = z.infer<typeof Template>;

/** The longest "recently contacted" window; team rows older than this are never looked up. */
export const MAX_RECENT_CONTACT_DAYS = 90;

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => t('errors.clockTime') });

export const FollowUpOffsets = z.object({
  /** Same day: a couple of hours after the end, moved out of quiet hours. */
  thankYouHours: z.number().min(1).max(72).default(2),
  confirmDaysBefore: z.number().int().min(1).max(14).default(2),
  /** Local hour for the day-of confirmation (never later than two hours before the start). */
  confirmDayOfHour: z.number().int().min(0).max(23).default(9),
  reminderHoursBefore: z.number().min(1).max(24 * 14).default(24),
  checkHoursAfter: z.number().min(1).max(24 * 14).default(24),
  checkInDays: z.number().int().min(1).max(365).default(30),
});
export type FollowUpOffsets = z.infer<typeof FollowUpOffsets>;

export const Settings = z.object({
  organizerName: ShortText.default(''),
  /** New settings start from Six steps in the interface language (every built-in model has both). */
  defaultTemplateId: Id.default(() => (uiLanguage() === 'es' ? 'six-steps-es' : 'six-steps')),
  offsets: FollowUpOffsets.default(FollowUpOffsets.parse({})),
  snoozeMinutes: z.number().int().min(5).max(60 * 24 * 14).default(24 * 60),
  /** On by default: follow-ups due inside them move to their end, and notifications wait. */
  quietHours: z
    .object({ enabled: z.boolean().default(true), start: ClockTime.default('21:00'), end: ClockTime.default('08:00') })
    .default({ enabled: true, start: '21:00', end: '08:00' }),
  /** IANA time zone; empty means the system's. */
  timeZone: z.string().max(LIMITS.timeZone).default(''),
  /** Panel collapsed to its tab on CRM pages. */
  panelCollapsed: z.boolean().default(false),
  /** Width of the open panel, dragged or set by keyboard. */
  panelWidth: z.number().int().min(LIMITS.panelMinWidth).max(LIMITS.panelMaxWidth).default(LIMITS.panelDefaultWidth),

  /** The panel says who else held or scheduled a 1:1 with the person within this many days. */
  recentContactDays: z.number().int().min(1).max(MAX_RECENT_CONTACT_DAYS).default(14),

  /** The team's own report form (a pre-filled link and which report field fills each of its fields). */
  teamForm: z
    .object({
      url: z.string().max(4000).default(''),
      /** Query parameter of the form's link → report field (lib/crm/writeback/form.ts). */
      fields: z.record(z.string().max(200), z.string().max(40)).default({}),
    })
    .default({ url: '', fields: {} }),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings = (): Settings => Settings.parse({});

/** A calendar day in the organizer's zone, "2026-11-30". */
export const CalendarDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: () => t('errors.calendarDay') });

/** A 1:1 drive: a goal of so many 1:1s held between two days (both included) in the organizer's zone. */
export const Drive = z
  .object({
    id: Id,
    name: z.string().trim().max(LIMITS.name).default(''),
    goal: z.number().int().min(1, { error: () => t('errors.driveGoal') }).max(100_000),
    startDate: CalendarDay,
    endDate: CalendarDay,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .refine((d) => d.startDate <= d.endDate, { error: () => t('errors.driveEnds'), path: ['endDate'] });
export type Drive = z.infer<typeof Drive>;

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

/**
 * A schema for a partial edit of `schema`: every field optional, none defaulted. zod's own
 * `.partial()` keeps the defaults, so a patch naming one field would come out carrying every
 * other field at its default and reset it in the store.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>, z.core.$strict> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional()]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<PatchShape<T>, z.core.$strict>;
}
