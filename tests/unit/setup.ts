import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDBCache } from '../../lib/store/db';
import { getMessageFor } from './i18n-messages';

// The browser serves the English messages from locales/en.yml, as the built extension would.
const getMessage = getMessageFor('en');
// Also before any test file loads: modules may read messages as they load.
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;

// Each test starts with an empty database and a fresh fake browser.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDBCache();
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});

// Components rendered by one test are gone before the next.
afterEach(() => cleanup());
