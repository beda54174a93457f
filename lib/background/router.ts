import type { z } from 'zod';
import { requestSchemas, type MessageType, type ParsedRequest, type Response } from '../protocol';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handler<K extends MessageType> = (data: ParsedRequest<K>, sender: Sender) => Promise<Response<K>>;
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

/**
 * Checks who sent a request and what it holds, before any handler runs. Throws an Error whose
 * message names the problem; the messaging layer sends it back to the caller, and nothing is
 * written.
 */
export function checkRequest<K extends MessageType>(
  type: K,
  data: unknown,
  sender: Sender,
  extensionId: string,
): ParsedRequest<K> {
  if (sender.id !== extensionId) {
    throw new Error(`Refused "${type}": the sender is not this extension`);
  }
  const parsed = requestSchemas[type].safeParse(data);
  if (!parsed.success) {
    throw new Error(`Invalid "${type}" request: ${describeIssues(parsed.error)}`);
  }
  return parsed.data as ParsedRequest<K>;
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
