import type { z } from 'zod';
import { requestSchemas, type MessageType, type ParsedRequest, type Response } from '../protocol';
import { ACCESS, type Context, type PersonScope } from '../protocol/access';
import { contextOf, type Sender } from './sender';
import { getTab } from './tab-state';
import { getDB } from '../store/db';
import { t } from '../i18n';

export type { Sender };

/** The sender as the handlers see it: already checked, with its context (unset in unit tests). */
export interface CheckedSender extends Sender {
  context?: Context;
}

export type Handler<K extends MessageType> = (data: ParsedRequest<K>, sender: CheckedSender) => Promise<Response<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

/** Names every problem in a request: `"notes": Expected string, received number`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `"${issue.path.join('.')}": ${issue.message}` : issue.message))
    .join('; ');
}

/** One whole sentence per context, so each language words it its own way. */
const NOT_ALLOWED: Record<Context, (type: string) => string> = {
  guest: (type) => t('errors.request.fromGuest', [type]),
  panel: (type) => t('errors.request.fromPanel', [type]),
  page: (type) => t('errors.request.fromPage', [type]),
};

/**
 * Checks who sent a request and what it holds, before any handler runs: the sender's context
 * must be allowed for this message (lib/protocol/access.ts) and the data must parse. Throws an
 * Error whose message names the problem; the caller gets it back, and nothing is written.
 */
export function checkRequest<K extends MessageType>(
  type: K,
  data: unknown,
  sender: Sender,
  extensionId: string,
): ParsedRequest<K> {
  const context = contextOf(sender, extensionId);
  if (!context) throw new Error(t('errors.request.notExtension', [type]));
  if (!ACCESS[type].from.includes(context)) throw new Error(NOT_ALLOWED[context](type));
  const parsed = requestSchemas[type].safeParse(data);
  if (!parsed.success) {
    throw new Error(t('errors.request.invalid', [type, describeIssues(parsed.error)]));
  }
  return parsed.data as ParsedRequest<K>;
}

/**
 * A panel may act only as its tab's own frame (the one that presented the guest's token) and
 * only on the person its tab shows.
 */
export async function checkPanel<K extends MessageType>(type: K, data: ParsedRequest<K>, sender: CheckedSender): Promise<void> {
  if (sender.context !== 'panel' || type === 'panelHello') return;
  const tab = sender.tab?.id === undefined ? undefined : await getTab(sender.tab.id);
  if (!tab || tab.panelFrameId !== sender.frameId) throw new Error(t('errors.request.notItsPanel', [type]));
  const scope = ACCESS[type].person?.(data);
  if (!scope) return;
  const owner = await ownerOf(scope, tab.personKey);
  if (owner === null) return; // no such record: the handler says so
  if (!tab.personKey || owner !== tab.personKey) throw new Error(t('errors.request.notItsPerson', [type]));
}

/** The person a request touches; null when the record does not exist. */
async function ownerOf(scope: PersonScope, tabPerson: string | undefined): Promise<string | null | undefined> {
  if ('tab' in scope) return tabPerson;
  if ('personKey' in scope) return scope.personKey;
  const db = await getDB();
  const record =
    'meetingId' in scope
      ? await db.get('meetings', scope.meetingId)
      : 'commitmentId' in scope
        ? await db.get('commitments', scope.commitmentId)
        : await db.get('followups', scope.followUpId);
  return record ? record.personKey : null;
}

/**
 * The answer to a message the protocol does not know (or one without a type), in the shape
 * @webext-core/messaging reads errors from. Without it such a message would get no answer at
 * all, and the caller only a closed port.
 */
export function unknownMessageReply(message: unknown): { err: { name: string; message: string } } | undefined {
  const { type, timestamp } = typeof message === 'object' && message !== null ? (message as { type?: unknown; timestamp?: unknown }) : {};
  if (isMessageType(type) && typeof timestamp === 'number') return undefined;
  const text = isMessageType(type)
    ? `Malformed "${type}" message: it has no numeric "timestamp"`
    : typeof type === 'string'
      ? `Unknown message type "${type}"`
      : 'Malformed message: expected an object with a string "type"';
  return { err: { name: 'Error', message: text } };
}
