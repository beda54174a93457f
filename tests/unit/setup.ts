import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDBCache } from '../../lib/store/db';

// Each test starts with an empty database and a fresh fake browser.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDBCache();
  fakeBrowser.reset();
});
