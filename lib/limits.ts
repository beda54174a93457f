/**
 * How long each kind of text may be, in one place: the schemas in model.ts enforce these, the
 * panel's text boxes show them as the organizer nears them, and anything the product derives
 * from typed text (follow-up titles, summaries) is cut to them when made.
 */
export const LIMITS = {
  id: 120,
  personKey: 400,
  name: 200,
  email: 320,
  phone: 60,
  /** One-line answers: the place, the ask, the issue, access needs. */
  short: 500,
  /** Notes and stories. */
  long: 50_000,
  templateName: 120,
  stepTitle: 120,
  prompt: 300,
  /** The docked panel's width in CSS pixels. */
  panelMinWidth: 320,
  panelMaxWidth: 720,
  panelDefaultWidth: 400,
} as const;

/** Cuts `text` to `max` characters (on a whole code point), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text.length <= max ? text : chars.slice(0, max).join('');
  const cut = chars.slice(0, Math.max(0, max - 1)).join('');
  return cut.length + 1 <= max ? `${cut}…` : cut.slice(0, max);
}
