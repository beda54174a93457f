import { describe } from 'vitest';
import { chromiumSuite } from './driver/chromium';
import { runJourneys } from './driver/run-journeys';
import { meetingJourneys } from './journeys/meeting';
import { writebackJourneys } from './journeys/writeback';

// The journeys shared with Firefox (tests/e2e/firefox/journeys-meeting.spec.ts), in Chromium.
describe('a 1:1, autosave and the CRM write-back, in Chromium', () => {
  const suite = chromiumSuite();
  runJourneys(() => suite.session, [...meetingJourneys, ...writebackJourneys]);
});
