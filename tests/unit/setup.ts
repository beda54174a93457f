import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDBCache } from '../../lib/store/db';

// Each test starts with an empty database and a fresh fake browser.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDBCache();
  fakeBrowser.reset();
});

// Components rendered by one test are gone before the next.
afterEach(() => cleanup());
