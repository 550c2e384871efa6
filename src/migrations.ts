import type { Migration } from './event-store/migration.js';
import { eventStoreMigrations } from './event-store/postgres/event-store-migrations.js';
import { projectionMigrations } from './projections/projection-migrations.js';
import { publishingMigrations } from './publishing/publishing.migrations.js';

/** Every module's migrations, in apply order: the ledger first, then what reads it. */
export const ALL_MIGRATIONS: readonly Migration[] = [
  ...eventStoreMigrations,
  ...projectionMigrations,
  ...publishingMigrations,
];
