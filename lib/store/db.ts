import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Commitment, Drive, FollowUp, Meeting, Person, Settings, Template } from '../model';
import type { TeamContactBucket, TeamOrganizer } from '../rules/team';
import type { Connection, OutboxItem } from '../crm/writeback/model';

/** The IndexedDB schema. Only the background service worker opens it. */
export interface CompanionDB extends DBSchema {
  people: { key: string; value: Person; indexes: { 'by-updated': number } };
  meetings: {
    key: string;
    value: Meeting;
    indexes: { 'by-person': [string, number]; 'by-status': string; 'by-created': number; 'by-status-started': [string, number] };
  };
  commitments: {
    key: string;
    value: Commitment;
    indexes: { 'by-person-status': [string, string]; 'by-meeting': string; 'by-created': number };
  };
  followups: {
    key: string;
    value: FollowUp;
    indexes: {
      'by-active': number;
      'by-person': string;
      'by-commitment': string;
      'by-meeting': string;
      'by-kind-active': [string, number];
      'by-person-active': [string, number];
    };
  };
  templates: { key: string; value: Template };
  settings: { key: string; value: Settings };
  /** Small bookkeeping values that must survive the worker (e.g. a pending "show this follow-up"). */
  meta: { key: string; value: unknown };
  /** 1:1 drive goals (migration 4). */
  drives: { key: string; value: Drive };
  /** Each imported team file's organizer, with figures worked out on import (migration 4). */
  teamOrganizers: { key: string; value: TeamOrganizer };
  /** The imported team files as they came, by organizer (migration 4). */
  teamFiles: { key: string; value: { organizerId: string; text: string } };
  /** Other organizers' recent 1:1s, in slices by person, for the panel's person check (migration 4). */
  teamContacts: { key: string; value: TeamContactBucket; indexes: { 'by-person': string } };
  /** CRM accounts the organizer connected (no tokens: those stay in storage.local). */
  connections: { key: string; value: Connection };
  /** Sends to a CRM, one per 1:1 report (lib/outbox/). */
  outbox: {
    key: string;
    value: OutboxItem;
    indexes: { 'by-next': number; 'by-meeting': string; 'by-person': string; 'by-connection': string };
  };
}

export type DB = IDBPDatabase<CompanionDB>;
export type Tx<Mode extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<
  CompanionDB,
  ArrayLike<StoreNames<CompanionDB>>,
  Mode
>;

export const DB_NAME = 'one-on-one-companion';
export const DB_VERSION = 4;

/**
 * Upgrades, one per version, applied in order from whatever version the user has. Never edit a
 * published step: add the next one (tests/unit/store/db.test.ts opens every older version).
 */
export const migrations: Record<number, (db: IDBPDatabase<CompanionDB>, tx: IDBPTransaction<CompanionDB, StoreNames<CompanionDB>[], 'versionchange'>) => void> = {
  1(db) {
    const people = db.createObjectStore('people', { keyPath: 'key' });
    people.createIndex('by-updated', 'updatedAt');

    const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
    meetings.createIndex('by-person', ['personKey', 'createdAt']);
    meetings.createIndex('by-status', 'status');
    meetings.createIndex('by-created', 'createdAt');

    const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
    commitments.createIndex('by-person-status', ['personKey', 'status']);
    commitments.createIndex('by-meeting', 'meetingId');
    commitments.createIndex('by-created', 'createdAt');

    const followups = db.createObjectStore('followups', { keyPath: 'id' });
    // Sparse: done follow-ups carry no activeAt, so they drop out of this index.
    followups.createIndex('by-active', 'activeAt');
    followups.createIndex('by-person', 'personKey');
    followups.createIndex('by-commitment', 'commitmentId');
    followups.createIndex('by-meeting', 'meetingId');

    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('settings');
    db.createObjectStore('meta');
  },
  /**
   * The popup and the reports page at scale (issue 18): the popup's filters page through these
   * (compound keys leave out a record missing a part, so they are sparse like `by-active`), and
   * the 1:1 CSV reads the held 1:1s of a period in order. The reports' month figures are kept in
   * `meta` (lib/store/report-totals.ts), built on first use.
   */
  2(_db, tx) {
    const followups = tx.objectStore('followups');
    followups.createIndex('by-kind-active', ['kind', 'activeAt']);
    followups.createIndex('by-person-active', ['personKey', 'activeAt']);
    tx.objectStore('meetings').createIndex('by-status-started', ['status', 'startedAt']);
  },
  3(db) {
    db.createObjectStore('connections', { keyPath: 'id' });
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    // Sparse: only items the worker has something to do with carry nextAt.
    outbox.createIndex('by-next', 'nextAt');
    outbox.createIndex('by-meeting', 'meetingId');
    outbox.createIndex('by-person', 'personKey');
    outbox.createIndex('by-connection', 'connectionId');
  },
  // Teams: drive goals, imported team files, and an index for "recently contacted".
  4(db) {
    db.createObjectStore('drives', { keyPath: 'id' });
    db.createObjectStore('teamOrganizers', { keyPath: 'organizerId' });
    db.createObjectStore('teamFiles', { keyPath: 'organizerId' });
    const contacts = db.createObjectStore('teamContacts', { keyPath: 'id' });
    // The person check reads one key of this index: the records that hold this person.
    contacts.createIndex('by-person', 'personKeys', { multiEntry: true });
  },
};

export function openCompanionDB(name = DB_NAME, version = DB_VERSION): Promise<DB> {
  return openDB<CompanionDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) migrations[v]?.(db, tx);
    },
  });
}

let opening: Promise<DB> | undefined;

/**
 * The shared connection for this worker's lifetime. It is a cache, not state: a worker that is
 * killed and restarted simply opens it again.
 */
export function getDB(): Promise<DB> {
  opening ??= openCompanionDB().then((db) => {
    db.addEventListener('close', () => (opening = undefined));
    db.addEventListener('versionchange', () => {
      db.close();
      opening = undefined;
    });
    return db;
  });
  return opening;
}

/** For tests: forget the cached connection. */
export function resetDBCache(): void {
  opening = undefined;
}
