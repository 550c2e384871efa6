import type { Migration } from '../../migration.js';

/**
 * An exact-version append takes no stream lock: the unique index (stream_id, stream_version)
 * decides between writers that name the version they write after, and the loser learns the
 * version that won in the same statement, as a row rather than an error.
 *
 * Under 004's lock, the writers that read the same version queued on the stream's lock, and
 * after the winner's commit each was woken, read, refused and rolled back one after the other
 * before the next append could start (on a hot stream, `Lock:advisory` was three quarters of
 * the waits). Waiters on the unique index wait for the winner's transaction and are all woken
 * by its commit at once. With `ON CONFLICT DO NOTHING` the loser inserts nothing (no heap
 * tuple, no WAL; the transaction_id column's default has taken a transaction id, though),
 * raises nothing, and the statement goes on to `event_store_exact_declined`.
 *
 * 'any' and 'stream_exists' appends still take the stream's lock (004), so they do not conflict
 * with each other; a lock-free writer that takes their version makes them retry, as a
 * 'no_stream' append always could.
 *
 * `event_store_exact_declined` answers what an exact append's statement could not from its own
 * snapshot: the version there now, when the insert declined because another append took the
 * version after the statement's start (a volatile PL/pgSQL query takes a new snapshot, which
 * sees that append's commit). It raises:
 * - ES409 for a batch that got only part of its versions, which rolls back the part, naming
 *   the version left by the others (the batch's own rows excluded);
 * - ES412 when the first event is stored already, so the append may be a re-send: the
 *   complete append (003) decides, as after 004's `event_store_version_unmet`.
 * A version already gone at the statement's start needs none of this: the statement answers
 * with the version it read (see postgres/append-statement.ts).
 */
export const lockFreeExactAppendsMigration: Migration = {
  id: 'event-store/005-lock-free-exact-appends',
  sql: `
    CREATE FUNCTION event_store_exact_declined(
      p_stream text,
      p_expected bigint,
      p_first_event uuid,
      p_written bigint
    ) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      v_actual bigint;
      v_stored boolean;
    BEGIN
      IF p_written > 0 THEN
        SELECT coalesce(max(e.stream_version), 0) INTO v_actual
          FROM events e WHERE e.stream_id = p_stream AND e.transaction_id <> pg_current_xact_id();
        PERFORM event_store_refuse_version(1, p_stream, p_expected::text, nullif(v_actual, 0));
      END IF;
      SELECT (SELECT coalesce(max(e.stream_version), 0) FROM events e WHERE e.stream_id = p_stream),
             EXISTS (SELECT FROM events e WHERE e.event_id = p_first_event)
        INTO v_actual, v_stored;
      IF v_stored AND v_actual > 0 THEN
        PERFORM event_store_expectation_unmet();
      END IF;
      RETURN v_actual;
    END
    $$;
  `,
};
