import { browser } from 'wxt/browser';
import { Secret } from '../crm/writeback/model';

/**
 * Tokens and API keys, one per connection, in storage.local: it never syncs to other browsers,
 * and backups and exports read IndexedDB only. Only the background reads them, to put them in
 * a request header; they never go back out in a message, a log line or an error.
 */
const keyOf = (connectionId: string) => `crm-secret:${connectionId}`;

export async function getSecret(connectionId: string): Promise<Secret | undefined> {
  const key = keyOf(connectionId);
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = Secret.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function setSecret(connectionId: string, secret: Secret): Promise<void> {
  await browser.storage.local.set({ [keyOf(connectionId)]: Secret.parse(secret) });
}

export async function removeSecret(connectionId: string): Promise<void> {
  await browser.storage.local.remove(keyOf(connectionId));
}

/** The value that goes in the request header. */
export function credentialOf(secret: Secret): string {
  return secret.kind === 'token' ? secret.token : secret.kind === 'key' ? secret.key : secret.accessToken;
}

/** Removes any secret from a text meant for the organizer (an error message, a CRM's answer). */
export function scrub(text: string, secret: Secret | undefined): string {
  if (!secret) return text;
  const values = Object.entries(secret)
    .filter(([name, value]) => name !== 'kind' && name !== 'expiresAt' && typeof value === 'string' && value.length >= 4)
    .map(([, value]) => value as string);
  return values.reduce((out, value) => out.split(value).join('…'), text);
}
