import { it } from 'vitest';
import type { Journey, Session } from './types';

/**
 * One test per journey. A journey the browser cannot do is listed as skipped, by name, with
 * the reason (README: "What differs in Firefox").
 */
export function runJourneys(browserName: Session['browserName'], session: () => Session, journeys: Journey[]): void {
  for (const journey of journeys) {
    const reason = journey.cannot?.[browserName];
    if (reason) it.skip(`${journey.name} (${browserName} cannot: ${reason})`, () => {});
    else it(journey.name, () => journey.run(session()));
  }
}
