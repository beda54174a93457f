import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Typed send/receive for every context. Type-only import: no schemas ship with it. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
