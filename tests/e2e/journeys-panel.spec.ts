import { describe } from 'vitest';
import { chromiumSuite } from './driver/chromium';
import { runJourneys } from './driver/run-journeys';
import { crmPageJourneys } from './journeys/crm-pages';

// The journeys shared with Firefox (tests/e2e/firefox/journeys-panel.spec.ts), in Chromium.
describe('the panel on CRM pages, in Chromium', () => {
  const suite = chromiumSuite();
  runJourneys(() => suite.session, [...crmPageJourneys]);
});
