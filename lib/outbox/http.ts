import { t } from '../i18n';
import { clip } from '../limits';
import { outcomeOf, rateLimitHold, retryAfterMs, type Outcome } from '../rules/backoff';
import type { Connection } from '../crm/writeback/model';
import type { ApiRequest, CrmWriter } from '../crm/writeback/types';

/** A request with no answer after this long counts as lost (its outcome unknown). */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface ApiAnswer {
  /** Undefined when no answer came (network error, timeout). */
  status: number | undefined;
  outcome: Outcome;
  body: unknown;
  /** Retry-After, as a wait in ms. */
  retryAfterMs?: number;
  /** No request to this account before this time (the RateLimit-* headers say the window is spent). */
  holdUntil?: number;
  /** What went wrong, in words for the organizer (the CRM's own explanation when it gave one). */
  problem?: string;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** One request to a CRM's API, read into what the outbox needs to decide. Never throws. */
export async function callApi(
  fetchImpl: Fetch,
  writer: CrmWriter,
  connection: Pick<Connection, 'account'>,
  credential: string,
  request: ApiRequest,
  now: () => number,
): Promise<ApiAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(writer.apiBase(connection) + request.path, {
      method: request.method,
      headers: writer.headers(credential),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      // The CRM's cookies are the organizer's browser session, not ours to send.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
    return { status: undefined, outcome: 'retry', body: undefined, problem: timedOut ? t('writeback.error.timeout') : t('writeback.error.network') };
  }
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const outcome = outcomeOf(response.status);
  const at = now();
  const answer: ApiAnswer = {
    status: response.status,
    outcome,
    body,
    retryAfterMs: retryAfterMs(response.headers.get('retry-after'), at),
    holdUntil: rateLimitHold(response.headers.get('ratelimit-remaining'), response.headers.get('ratelimit-reset'), at),
  };
  if (outcome !== 'ok') {
    const explained = writer.errorText(body);
    answer.problem = clip(explained ? t('writeback.error.crmSaid', [String(response.status), explained]) : t('writeback.error.status', [String(response.status)]), 300);
  }
  return answer;
}
