import type { Person } from '../model';

type Contact = Pick<Person, 'email' | 'emailOptedOut'>;

/** Whether anything may suggest emailing them: they have an address and did not opt out of email. */
export function mayEmail(person: Contact | undefined): boolean {
  return Boolean(person?.email) && person?.emailOptedOut !== true;
}

/** The address to offer as a way to reach them, or undefined when they opted out of email. */
export function emailToOffer(person: Contact | undefined): string | undefined {
  return mayEmail(person) ? person?.email : undefined;
}
