import { describe } from 'vitest';
import { chromiumSuite } from './driver/chromium';
import { runJourneys } from './driver/run-journeys';
import { followUpJourneys } from './journeys/followups';
import { optionsJourneys } from './journeys/options';

// The journeys shared with Firefox (tests/e2e/firefox/journeys-pages.spec.ts), in Chromium.
describe('follow-ups, popup, background and options, in Chromium', () => {
  const suite = chromiumSuite();
  runJourneys(() => suite.session, [...followUpJourneys, ...optionsJourneys]);
});
