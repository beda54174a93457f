import { describe } from 'vitest';
import { firefoxSuite } from './harness';
import { runJourneys } from '../driver/run-journeys';
import { meetingJourneys } from '../journeys/meeting';
import { writebackJourneys } from '../journeys/writeback';

// The journeys shared with Chromium (tests/e2e/journeys-meeting.spec.ts), in Firefox ESR.
describe('a 1:1, autosave and the CRM write-back, in Firefox', () => {
  // Connecting a CRM asks Firefox for its API host; the prompt is Firefox's own window, out of
  // WebDriver's reach, and this preference answers it Allow (as the organizer would).
  const suite = firefoxSuite({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  runJourneys(() => suite.session, [...meetingJourneys, ...writebackJourneys]);
});
