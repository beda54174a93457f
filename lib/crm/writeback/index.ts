import type { CrmKind } from '../../model';
import { actionbuilder } from './actionbuilder';
import { actionnetwork } from './actionnetwork';
import { nationbuilder } from './nationbuilder';
import type { ApiRequest, CrmWriter, Found, SendContext } from './types';

/** One writer per CRM (a file each); the outbox and the preview pick from here. */
export const writers: Record<CrmKind, CrmWriter> = { nationbuilder, actionnetwork, actionbuilder };

export interface PreviewRequest {
  method: ApiRequest['method'];
  url: string;
  body?: unknown;
  /** When the request is made only sometimes. */
  condition?: string;
}

/**
 * Exactly what a send holds, for the organizer to read before the first send on a connection:
 * every request, with what earlier steps will find shown as a placeholder. Throws what the
 * plan throws (an ExplainedFailure when something is missing).
 */
export function previewPlan(ctx: SendContext): PreviewRequest[] {
  const writer = writers[ctx.connection.crm];
  const base = writer.apiBase(ctx.connection);
  const found = new Proxy({} as Found, { get: (_, key) => (typeof key === 'string' ? `{${key}}` : undefined) });
  return writer.plan(ctx).flatMap((step) => {
    // A step that runs only when an earlier one found nothing: show it with its condition.
    const request = step.request(step.condition ? {} : found) ?? step.request(found);
    return request ? [{ method: request.method, url: base + request.path, body: request.body, condition: step.condition }] : [];
  });
}
