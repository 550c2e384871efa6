import type { Migration } from '../migration.js';
import { eventsMigration } from './migrations/001-events.js';
import { immutableEventsMigration } from './migrations/002-immutable-events.js';
import { appendFunctionMigration } from './migrations/003-append-function.js';
import { streamLocksMigration } from './migrations/004-stream-locks.js';
import { lockFreeExactAppendsMigration } from './migrations/005-lock-free-exact-appends.js';
import { setBasedMultiStreamAppendsMigration } from './migrations/007-set-based-multi-stream-appends.js';

/** The event store's schema, in apply order; other modules append their own lists after it. */
export const eventStoreMigrations: readonly Migration[] = [
  eventsMigration,
  immutableEventsMigration,
  appendFunctionMigration,
  streamLocksMigration,
  lockFreeExactAppendsMigration,
  setBasedMultiStreamAppendsMigration,
];
