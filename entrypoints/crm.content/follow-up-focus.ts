import { onMessage } from '../../lib/messaging';

type Listener = () => void;
const listeners = new Set<Listener>();
let registered = false;

/**
 * The background asks an open panel to show a follow-up (from a notification or the popup).
 * The messaging library allows one listener per type, so panels subscribe here.
 */
export function onShowFollowUp(listener: Listener): () => void {
  if (!registered) {
    registered = true;
    onMessage('showFollowUp', () => listeners.forEach((l) => l()));
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
