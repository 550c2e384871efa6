import type { Migration } from '../../migration.js';

/**
 * The ledger: one append-only table. A stream's version is the highest stream_version of its
 * rows (found through events_stream_version_key), so an append writes nothing but its events.
 * The log order readers follow is (transaction_id, global_position), see postgres/global-log.ts.
 * Stream ids are identifiers, compared bytewise ("C"): cheaper than a linguistic collation, and
 * an id prefix is then a contiguous index range.
 */
export const eventsMigration: Migration = {
  id: 'event-store/001-events',
  sql: `
    CREATE TABLE events (
      global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream_id text COLLATE "C" NOT NULL,
      stream_version bigint NOT NULL CHECK (stream_version >= 1),
      event_id uuid NOT NULL,
      type text NOT NULL,
      schema_version integer NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL DEFAULT '{}',
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
    );

    CREATE INDEX events_log_order_idx ON events (transaction_id, global_position);
  `,
};
