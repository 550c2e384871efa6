import type { Migration } from '../event-store/migration.js';

/**
 * One row per relay. The cursor is the relay's position in the global log's commit-safe
 * order, written only after Kafka acknowledged every event up to it.
 */
export const publishingMigrations: Migration[] = [
  {
    id: 'publishing/001-relay-checkpoints',
    sql: `
      CREATE TABLE publishing_checkpoints (
        relay           text        PRIMARY KEY,
        transaction_id  bigint      NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];
