import { FACT_KEYS, type FactKey } from './summary';

/**
 * The team's own report form (a Google Form or any form whose link can carry answers): the
 * organizer pastes its pre-filled link once (made in the form's "Get pre-filled link", with
 * sample answers typed in), and says which report field fills each of its fields. "Send to the
 * team's form" then opens that link with the 1:1's answers in place, to check and submit.
 */

/** Query parameters that steer the form rather than answer it. */
const CONTROL = new Set(['usp', 'pli', 'authuser', 'hl', 'embedded', 'pp_url']);

export interface FormField {
  /** The query parameter (Google Forms: entry.123456). */
  name: string;
  /** What the organizer typed in it when making the pre-filled link: it tells them which field it is. */
  sample: string;
}

export type ParsedFormLink = { ok: true; fields: FormField[] } | { ok: false; problem: 'not-a-link' | 'not-https' | 'no-fields' };

export function parseFormLink(text: string): ParsedFormLink {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'not-a-link' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  const fields: FormField[] = [];
  const seen = new Set<string>();
  for (const [name, sample] of url.searchParams) {
    if (CONTROL.has(name) || seen.has(name)) continue;
    seen.add(name);
    fields.push({ name, sample });
  }
  return fields.length ? { ok: true, fields } : { ok: false, problem: 'no-fields' };
}

export const isFactKey = (value: string): value is FactKey => (FACT_KEYS as readonly string[]).includes(value);

/**
 * The form's link with each mapped field set to the 1:1's answer; fields left unmapped keep
 * nothing (their sample answers are not the person's). Throws on a link that is not https.
 */
export function fillFormLink(link: string, mapping: Record<string, string>, facts: Record<FactKey, string>): string {
  const url = new URL(link.trim());
  if (url.protocol !== 'https:') throw new Error('The form link must start with https://');
  const names = [...new Set([...url.searchParams.keys()])].filter((name) => !CONTROL.has(name));
  for (const name of names) {
    const key = mapping[name];
    url.searchParams.delete(name);
    if (key && isFactKey(key) && facts[key]) url.searchParams.set(name, facts[key]);
  }
  return url.toString();
}
