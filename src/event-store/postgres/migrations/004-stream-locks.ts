import type { Migration } from '../../migration.js';

/**
 * (Exact-version appends no longer take the lock: see 005-lock-free-exact-appends.ts.)
 *
 * Appends to one stream take turns: every append that writes after a version it read holds the
 * stream's lock from before that read until it commits. So 'any' appends take the next version
 * and cannot conflict at all, and an exact append that finds its version gone learns the
 * version that is there in the same statement, where an optimistic append waited on the
 * unique index for the other's commit and failed with a bare unique violation, and 'any' gave
 * up after its attempts on a hot stream.
 *
 * - `event_store_lock_stream` takes a stream's lock: a transaction advisory lock in the event
 *   store's own namespace (72400; the projections use 72401 and 72402), keyed by a hash of the
 *   stream id. Two streams sharing a hash only share a line.
 * - `event_store_locked_version` locks and then reads the version. It is a volatile PL/pgSQL
 *   function, so at READ COMMITTED its query takes a snapshot after the lock is granted and
 *   sees the previous holder's commit, which a single statement's own snapshot, taken before
 *   the wait, would not. So 'any' takes the next version and cannot conflict, and an unmet
 *   expected version is reported with the actual one by the statement that found it.
 * - `event_store_version_unmet` is that report: ES409 with the actual version, unless the first
 *   event is stored already, which may be a re-send; ES412 then leaves it to the complete append.
 * - `event_store_append_locked` is the complete append (003) after locking its streams (all but
 *   'no_stream' ones), in id order (two multi-stream appends cannot deadlock), before it reads
 *   or inserts anything, so it never waits for a lock while holding rows another append might
 *   wait on. The complete append's statements each take their own snapshot, after the locks.
 *
 * The unique index on (stream_id, stream_version) stays the arbiter: a writer without the lock
 * (a 'no_stream' append, which reads nothing; an older version of the service) still cannot
 * take a taken version, it only makes the others retry. Old rows need nothing: a stream's version is still the
 * highest stream_version of its rows.
 */
export const streamLocksMigration: Migration = {
  id: 'event-store/004-stream-locks',
  sql: `
    CREATE FUNCTION event_store_lock_stream(p_stream text) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      SELECT pg_advisory_xact_lock(72400, hashtext(p_stream))
    $$;

    CREATE FUNCTION event_store_locked_version(p_stream text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM event_store_lock_stream(p_stream);
      RETURN (SELECT coalesce(max(e.stream_version), 0) FROM events e WHERE e.stream_id = p_stream);
    END
    $$;

    CREATE FUNCTION event_store_version_unmet(p_stream text, p_expected text, p_actual bigint, p_first_event uuid)
    RETURNS boolean LANGUAGE plpgsql AS $$
    BEGIN
      IF p_actual > 0 AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = p_first_event) THEN
        PERFORM event_store_expectation_unmet();
      END IF;
      PERFORM event_store_refuse_version(1, p_stream, p_expected, nullif(p_actual, 0));
      RETURN false;
    END
    $$;

    CREATE FUNCTION event_store_append_locked(
      p_stream_ids text[],
      p_expected text[],
      p_events jsonb,
      p_resend_check boolean
    ) RETURNS TABLE (stream_index integer, next_version bigint, positions bigint[], written boolean)
    LANGUAGE plpgsql AS $$
    DECLARE
      v_stream text;
    BEGIN
      -- 'no_stream' reads no version to write after, as in the plain append.
      FOR v_stream IN
        SELECT s.id FROM unnest(p_stream_ids, p_expected) AS s(id, expected)
         WHERE s.expected <> 'no_stream'
         ORDER BY s.id COLLATE "C"
      LOOP
        PERFORM event_store_lock_stream(v_stream);
      END LOOP;
      RETURN QUERY SELECT * FROM event_store_append(p_stream_ids, p_expected, p_events, p_resend_check);
    END
    $$;
  `,
};
