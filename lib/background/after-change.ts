import { refreshBadge } from '../badge';
import { getDB } from '../store/db';

/**
 * Runs after any write that can change follow-ups (meetings, commitments, follow-ups,
 * settings): the badge updates at once. The scheduler hooks in here too.
 */
export async function afterChange(): Promise<void> {
  const db = await getDB();
  await refreshBadge(db);
}
