import type { IDBPTransaction } from 'idb';

/**
 * Rolls a transaction back after code threw midway. Without it, IndexedDB commits whatever
 * requests were already made as soon as none are pending: half a restore, or a clear with
 * nothing written after it. Safe to call on a transaction that already ended.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function abortTransaction(tx: IDBPTransaction<any, any, 'readwrite' | 'versionchange'>): void {
  // The abort is the point; its rejection of tx.done is expected.
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (e.g. a failed request aborted it first).
  }
}
