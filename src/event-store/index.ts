/** The event store as a library: the port, the Postgres adapter and its schema. */
export * from './event-store.port.js';
export type { Migration } from './migration.js';
export { EVENT_STORE } from './event-store.tokens.js';
export { EventStoreModule } from './event-store.module.js';
export { eventStoreMigrations } from './postgres/event-store-migrations.js';
export { MigrationError, runMigrations } from './postgres/migrations-runner.js';
export {
  createPostgresEventStore,
  DEFAULT_NOTIFY_CHANNEL,
  type PostgresEventStoreOptions,
} from './postgres/postgres-event-store.js';
