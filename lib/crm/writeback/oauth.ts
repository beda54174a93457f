import { t } from '../../i18n';
import type { Secret } from './model';
import type { Fetch } from '../../outbox/http';

/*
 * NationBuilder OAuth 2 (authorization code), from ../shared/crm-apis.md: the nation's admin
 * registers an app; the organizer enters its client id and secret once (the secret then lives
 * on this computer, in storage.local). Access tokens are refreshed with the refresh token.
 */

export function authorizeUrl(nation: string, clientId: string, redirectUri: string, state: string): string {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, state });
  return `https://${nation}.nationbuilder.com/oauth/authorize?${q}`;
}

type OAuthSecret = Extract<Secret, { kind: 'oauth' }>;

async function tokenCall(fetchImpl: Fetch, nation: string, body: Record<string, string>, now: number, client: { clientId: string; clientSecret: string }, previousRefresh?: string): Promise<OAuthSecret> {
  let response: Response;
  try {
    response = await fetchImpl(`https://${nation}.nationbuilder.com/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...body, client_id: client.clientId, client_secret: client.clientSecret }),
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new Error(t('writeback.error.network'));
  }
  const json = (await response.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: number };
  if (!response.ok || !json.access_token) throw new Error(t('writeback.connect.oauthRefused', [String(response.status)]));
  return {
    kind: 'oauth',
    accessToken: json.access_token,
    refreshToken: json.refresh_token ?? previousRefresh,
    expiresAt: typeof json.expires_in === 'number' ? now + json.expires_in * 1000 : undefined,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
  };
}

/** Trades the code from the sign-in page for tokens. */
export function exchangeCode(fetchImpl: Fetch, nation: string, code: string, redirectUri: string, client: { clientId: string; clientSecret: string }, now: number) {
  return tokenCall(fetchImpl, nation, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, now, client);
}

/** A fresh access token from the refresh token; throws when the nation refuses (reconnect). */
export function refreshTokens(fetchImpl: Fetch, nation: string, secret: OAuthSecret, now: number) {
  if (!secret.refreshToken) return Promise.reject(new Error(t('writeback.connect.oauthRefused', ['401'])));
  return tokenCall(fetchImpl, nation, { grant_type: 'refresh_token', refresh_token: secret.refreshToken }, now, secret, secret.refreshToken);
}
