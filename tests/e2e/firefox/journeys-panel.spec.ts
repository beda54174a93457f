import { describe } from 'vitest';
import { firefoxSuite } from './harness';
import { runJourneys } from '../driver/run-journeys';
import { crmPageJourneys } from '../journeys/crm-pages';

// The journeys shared with Chromium (tests/e2e/journeys-panel.spec.ts), in Firefox ESR.
describe('the panel on CRM pages, in Firefox', () => {
  const suite = firefoxSuite();
  runJourneys(() => suite.session, [...crmPageJourneys]);
});
