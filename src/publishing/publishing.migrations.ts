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
  {
    // How many events the relay has published up to its checkpoint: a broker holding fewer
    // messages on the topic than that has lost data (see KafkaRelay.resumePoint). Rows from
    // before are counted from the log once, in the log's order.
    id: 'publishing/002-published-count',
    sql: `
      ALTER TABLE publishing_checkpoints ADD COLUMN published bigint NOT NULL DEFAULT 0;
      UPDATE publishing_checkpoints c
         SET published = (SELECT count(*) FROM events e
                           WHERE (e.transaction_id::text::bigint, e.global_position) <= (c.transaction_id, c.global_position));
    `,
  },
];
