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
 * tuple, no WAL, no transaction id), raises nothing, and the statement goes on to
 * `event_store_exact_declined`.
 *
 * 'any' and 'stream_exists' appends still take the stream's lock (004), so they do not conflict
 * with each other; a lock-free writer that takes their version makes them retry, as a
 * 'no_stream' append always could.
 *
 * `event_store_exact_declined` runs after the insert has declined some or all of an exact
 * append's events and returns the actual version:
 * - the version read at the statement's start, if that already missed the expectation;
 * - otherwise the insert declined because another append took the version after that read:
 *   a volatile PL/pgSQL query takes a new snapshot, which sees that append's commit;
 * - a batch that got only part of its versions is refused (ES409), which rolls back the part,
 *   with the version left by the others (the batch's own rows excluded);
 * - when the first event is stored already, the append may be a re-send: ES412 leaves it to
 *   the complete append (003), as 004's `event_store_version_unmet` does.
 */
export const lockFreeExactAppendsMigration: Migration = {
  id: 'event-store/005-lock-free-exact-appends',
  sql: `
    CREATE FUNCTION event_store_exact_declined(
      p_stream text,
      p_expected bigint,
      p_read bigint,
      p_first_event uuid,
      p_written bigint
    ) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      v_actual bigint := p_read;
    BEGIN
      IF p_written > 0 THEN
        SELECT coalesce(max(e.stream_version), 0) INTO v_actual
          FROM events e WHERE e.stream_id = p_stream AND e.transaction_id <> pg_current_xact_id();
        PERFORM event_store_refuse_version(1, p_stream, p_expected::text, nullif(v_actual, 0));
      END IF;
      IF p_read = p_expected THEN
        SELECT coalesce(max(e.stream_version), 0) INTO v_actual FROM events e WHERE e.stream_id = p_stream;
      END IF;
      IF v_actual > 0 AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = p_first_event) THEN
        PERFORM event_store_expectation_unmet();
      END IF;
      RETURN v_actual;
    END
    $$;
  `,
};
