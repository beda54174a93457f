/**
 * How long each kind of text may be, in one place: the schemas in model.ts and the protocol
 * enforce these, the panel's text boxes show them as the organizer nears them, and anything the
 * product derives from typed text (follow-up titles, names of copies) is cut to them when made,
 * so that whatever the product writes, a backup of it can be read back.
 */
export const LIMITS = {
  /** Record ids (1:1s, commitments, templates). */
  id: 120,
  /**
   * Follow-up ids are derived: a 1:1's or commitment's id plus the rule's suffix
   * (`:confirm-before`, `:referral:12`…), so they get room beyond `id`.
   */
  followUpId: 160,
  /** The CRM account (nation slug, group, org) and the CRM's own id for a person. */
  account: 120,
  crmId: 120,
  /**
   * A person's key joins the CRM, the account (lower-cased, which can double a character) and
   * the id or the email (see personKey() in lib/crm/types.ts): 13 + 1 + 2 × 120 + 1 + 6 + 320
   * at most, rounded up.
   */
  personKey: 600,
  name: 200,
  email: 320,
  phone: 60,
  /** One-line answers: the place, the ask, the issue, access needs, a commitment, a step's goal. */
  short: 500,
  /** Notes and stories. */
  long: 50_000,
  templateName: 120,
  /** The credit line of a template: the model it follows. */
  templateSource: 300,
  stepId: 60,
  stepTitle: 120,
  prompt: 300,
  /** The docked panel's width in CSS pixels. */
  panelMinWidth: 320,
  panelMaxWidth: 720,
  panelDefaultWidth: 400,
  timeZone: 64,
} as const;

/**
 * Times are epoch milliseconds. The latest one stored is the last moment of the year 9999, so
 * every formatter (ISO, calendar files, CSV, date-fns) writes it as a four-digit year. Times the
 * organizer picks (a 1:1's date, a due date) stop two years earlier, so the follow-ups derived
 * from them (at most a year later: the check-in) still fit.
 */
export const TIME_LIMITS = {
  latest: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  latestChosen: Date.UTC(9998, 0, 1) - 1,
} as const;

/**
 * Cuts `text` to `max` characters, ending with an ellipsis when cut. Characters are counted as
 * the schemas count them (UTF-16 units, as `.length`), and never cut inside one (an emoji stays
 * whole).
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
