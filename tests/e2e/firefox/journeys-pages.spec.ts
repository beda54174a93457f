import { describe } from 'vitest';
import { firefoxSuite } from './harness';
import { runJourneys } from '../driver/run-journeys';
import { followUpJourneys } from '../journeys/followups';
import { optionsJourneys } from '../journeys/options';

// The journeys shared with Chromium (tests/e2e/journeys-pages.spec.ts), in Firefox ESR.
describe('follow-ups, popup, background and options, in Firefox', () => {
  // The background is an event page here: Firefox suspends it after this many idle
  // milliseconds (30 s by default), which is how the background journey stops it.
  const suite = firefoxSuite({ prefs: { 'extensions.background.idle.timeout': 3_000 } });
  runJourneys(() => suite.session, [...followUpJourneys, ...optionsJourneys]);
});
