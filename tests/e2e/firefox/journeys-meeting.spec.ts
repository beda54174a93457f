import { describe } from 'vitest';
import { firefoxSuite } from './harness';
import { runJourneys } from '../driver/run-journeys';
import { meetingJourneys } from '../journeys/meeting';

// The journeys shared with Chromium (tests/e2e/journeys-meeting.spec.ts), in Firefox ESR.
describe('a 1:1 and autosave, in Firefox', () => {
  const suite = firefoxSuite();
  runJourneys('firefox', () => suite.session, meetingJourneys);
});
