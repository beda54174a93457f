import { it } from 'vitest';
import type { Journey, Session } from './types';

/** One test per journey, in every browser: each journey runs in Chromium and in Firefox alike. */
export function runJourneys(session: () => Session, journeys: Journey[]): void {
  for (const journey of journeys) it(journey.name, () => journey.run(session()));
}
