import type { Migration } from '../../migration.js';

/**
 * A multi-stream append as one INSERT for all its streams, where the complete append (003)
 * visits the streams one by one (a version read, an expectation check, an insert each). A
 * batch of imported documents appends to ~800 streams at once; statement by statement that
 * was most of PostgreSQL's time for the batch.
 *
 * `event_store_append_streams(stream ids, expectations, events)` (the events as in 003: one
 * JSON array per stream):
 * 1. takes the locks of the 'any' and 'stream_exists' streams (004), in id order, as the
 *    complete append does; exact and 'no_stream' expectations take none (005): the unique
 *    index (stream_id, stream_version) decides between them and a concurrent writer;
 * 2. reads every stream's version in one query (a statement after the locks, so it sees the
 *    commits of their previous holders);
 * 3. when every expectation holds, inserts every event in one statement, each stream's events
 *    after its version, streams in id order as the complete append visits them (two appends
 *    sharing streams then meet on the unique index in the same order and cannot deadlock),
 *    positions ascending with each stream's versions. A version or event id another writer
 *    took meanwhile fails the statement whole (23505), and the adapter runs the complete
 *    append, which decides it;
 * 4. when one does not hold (a conflict, or a re-send of events already stored), it leaves
 *    the whole append to the complete one (003), in the same call, which tells a re-send
 *    from a refusal stream by stream.
 * Results are rows as the complete append returns them.
 */
export const setBasedMultiStreamAppendsMigration: Migration = {
  id: 'event-store/007-set-based-multi-stream-appends',
  sql: `
    CREATE FUNCTION event_store_append_streams(p_stream_ids text[], p_expected text[], p_events jsonb)
    RETURNS TABLE (stream_index integer, next_version bigint, positions bigint[], written boolean)
    LANGUAGE plpgsql AS $$
    DECLARE
      v_versions bigint[];
      v_unmet boolean;
    BEGIN
      PERFORM count(event_store_lock_stream(s.id))
         FROM (SELECT u.id FROM unnest(p_stream_ids, p_expected) AS u(id, expected)
                WHERE u.expected IN ('any', 'stream_exists')
                ORDER BY u.id COLLATE "C") AS s;

      SELECT array_agg(v.version ORDER BY v.ord),
             bool_or(NOT CASE v.expected
                           WHEN 'any' THEN true
                           WHEN 'no_stream' THEN v.version = 0
                           WHEN 'stream_exists' THEN v.version > 0
                           ELSE v.version = v.expected::bigint
                         END)
        INTO v_versions, v_unmet
        FROM (SELECT u.ord, u.expected,
                     coalesce((SELECT e.stream_version FROM events e WHERE e.stream_id = u.id
                                ORDER BY e.stream_version DESC LIMIT 1), 0) AS version
                FROM unnest(p_stream_ids, p_expected) WITH ORDINALITY AS u(id, expected, ord)) AS v;

      IF v_unmet THEN
        RETURN QUERY SELECT * FROM event_store_append(p_stream_ids, p_expected, p_events, false);
        RETURN;
      END IF;

      RETURN QUERY
      WITH inserted AS (
        INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
        SELECT p_stream_ids[b.ord], v_versions[b.ord] + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS b(batch, ord),
               ROWS FROM (jsonb_to_recordset(b.batch)
                 AS (event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb))
               WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)
         ORDER BY p_stream_ids[b.ord] COLLATE "C", n.ord
        RETURNING events.stream_id, events.stream_version, events.global_position
      )
      SELECT s.ord::integer,
             coalesce(max(i.stream_version), v_versions[s.ord]),
             coalesce(array_agg(i.global_position ORDER BY i.global_position) FILTER (WHERE i.global_position IS NOT NULL), '{}'),
             count(i.global_position) > 0
        FROM unnest(p_stream_ids) WITH ORDINALITY AS s(id, ord)
        LEFT JOIN inserted i ON i.stream_id = s.id
       GROUP BY s.ord;
    END
    $$;
  `,
};
