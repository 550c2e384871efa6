import type { Migration } from '../../migration.js';

/**
 * The whole append — stream lock, expected-version check, insert — as one function, so an
 * append of any size to any number of streams is a single statement: one round trip, one
 * implicit transaction. Events arrive as parallel arrays; `p_counts` says how many belong to
 * each stream, in order.
 *
 * A transaction-scoped advisory lock per stream serializes appends to it (no row to write or
 * lock); the version is then read from committed rows, which under READ COMMITTED include
 * those of the append that held the lock before. Streams are locked in id order, so two
 * multi-stream appends sharing streams cannot deadlock. Every refusal raises, which rolls
 * back all streams of the call.
 *
 * The insert is a plain INSERT: re-sends are rare, so they are not paid for on every row
 * (ON CONFLICT costs a probe and an extra WAL record per row). A re-send either fails the
 * version check, where the function then recognizes it, or hits events_event_id_key; the
 * adapter then calls again with p_resend_check, which compares the batch with what is stored
 * before inserting.
 *
 * Errors carry structured DETAIL (JSON) for the adapter: ES409 wrong expected version,
 * ES410 event id conflict.
 */
export const appendFunctionMigration: Migration = {
  id: 'event-store/003-append-function',
  sql: `
    CREATE FUNCTION event_store_refuse_version(p_index integer, p_stream text, p_expected text, p_actual bigint)
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'Stream %: expected version %, actual %', p_stream, p_expected, coalesce(p_actual::text, 'no stream')
        USING ERRCODE = 'ES409',
              DETAIL = json_build_object('streamIndex', p_index, 'actual', p_actual::text)::text;
    END
    $$;

    -- True when every event of the batch is already stored in p_stream with the same content:
    -- a re-send, which must succeed without writing.
    CREATE FUNCTION event_store_already_stored(p_stream text, p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[])
    RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT count(*) = cardinality(p_event_ids)
      FROM unnest(p_event_ids, p_types, p_schema_versions, p_data) AS n(event_id, type, schema_version, data)
      JOIN events e ON e.event_id = n.event_id
      WHERE e.stream_id = p_stream AND e.type = n.type AND e.schema_version = n.schema_version AND e.data = n.data
    $$;

    -- Raises ES410 for the first event of a batch (not a complete re-send) whose id is taken;
    -- a clash in stream or content is named before a mere overlap.
    CREATE FUNCTION event_store_refuse_taken_ids(p_stream text, p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[])
    RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      v_event_id uuid;
      v_stored_in text;
      v_same_content boolean;
      v_reason text;
    BEGIN
      SELECT n.event_id, e.stream_id, (e.type = n.type AND e.schema_version = n.schema_version AND e.data = n.data)
        INTO v_event_id, v_stored_in, v_same_content
        FROM unnest(p_event_ids, p_types, p_schema_versions, p_data) WITH ORDINALITY AS n(event_id, type, schema_version, data, ord)
        JOIN events e ON e.event_id = n.event_id
       ORDER BY (e.stream_id = p_stream AND e.type = n.type AND e.schema_version = n.schema_version AND e.data = n.data), n.ord
       LIMIT 1;
      IF NOT FOUND THEN
        RETURN;
      ELSIF v_stored_in <> p_stream THEN
        v_reason := format('already stored in stream %s', v_stored_in);
      ELSIF NOT v_same_content THEN
        v_reason := 'already stored with different content';
      ELSE
        v_reason := 'already stored by an earlier append that this one only partly repeats';
      END IF;
      RAISE EXCEPTION 'Event %: %', v_event_id, v_reason
        USING ERRCODE = 'ES410',
              DETAIL = json_build_object('eventId', v_event_id, 'reason', v_reason)::text;
    END
    $$;

    CREATE FUNCTION event_store_append(
      p_stream_ids text[],
      p_expected text[],
      p_counts integer[],
      p_event_ids uuid[],
      p_types text[],
      p_schema_versions integer[],
      p_data jsonb[],
      p_metadata jsonb[],
      p_resend_check boolean
    ) RETURNS TABLE (stream_index integer, next_version bigint, positions bigint[], written boolean)
    LANGUAGE plpgsql AS $$
    DECLARE
      v_starts integer[] := '{}';
      v_next_start integer := 1;
      v_index integer;
      v_stream text;
      v_expected text;
      v_count integer;
      v_from integer;
      v_to integer;
      v_version bigint;
    BEGIN
      FOR v_index IN 1 .. coalesce(cardinality(p_stream_ids), 0) LOOP
        v_starts := v_starts || v_next_start;
        v_next_start := v_next_start + p_counts[v_index];
      END LOOP;

      FOR v_index IN
        SELECT s.ord FROM unnest(p_stream_ids) WITH ORDINALITY AS s(id, ord) ORDER BY s.id COLLATE "C"
      LOOP
        stream_index := v_index;
        v_stream := p_stream_ids[v_index];
        v_expected := p_expected[v_index];
        v_count := p_counts[v_index];
        v_from := v_starts[v_index];
        v_to := v_from + v_count - 1;
        positions := '{}';
        written := false;

        -- Two int4 keys: a lock space of its own, apart from single-bigint advisory locks.
        -- A hash collision between two streams only serializes them.
        PERFORM pg_advisory_xact_lock(1702065011, hashtext(v_stream));
        SELECT max(e.stream_version) INTO v_version FROM events e WHERE e.stream_id = v_stream;
        next_version := coalesce(v_version, 0);

        -- Parenthesized: PL/pgSQL would end the IF condition at the CASE's first THEN.
        IF NOT (CASE v_expected
                  WHEN 'any' THEN true
                  WHEN 'no_stream' THEN v_version IS NULL
                  WHEN 'stream_exists' THEN v_version IS NOT NULL
                  ELSE coalesce(v_version, 0) = v_expected::bigint
                END) THEN
          IF v_count > 0 AND v_version IS NOT NULL AND event_store_already_stored(v_stream,
               p_event_ids[v_from:v_to], p_types[v_from:v_to], p_schema_versions[v_from:v_to], p_data[v_from:v_to]) THEN
            RETURN NEXT;
            CONTINUE;
          END IF;
          PERFORM event_store_refuse_version(v_index, v_stream, v_expected, v_version);
        END IF;

        IF v_count = 0 THEN
          RETURN NEXT;
          CONTINUE;
        END IF;

        IF p_resend_check THEN
          IF v_version IS NOT NULL AND event_store_already_stored(v_stream,
               p_event_ids[v_from:v_to], p_types[v_from:v_to], p_schema_versions[v_from:v_to], p_data[v_from:v_to]) THEN
            RETURN NEXT;
            CONTINUE;
          END IF;
          PERFORM event_store_refuse_taken_ids(v_stream,
            p_event_ids[v_from:v_to], p_types[v_from:v_to], p_schema_versions[v_from:v_to], p_data[v_from:v_to]);
        END IF;

        -- ORDER BY makes positions ascend with stream versions.
        WITH inserted AS (
          INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
          SELECT v_stream, next_version + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
            FROM unnest(p_event_ids[v_from:v_to], p_types[v_from:v_to], p_schema_versions[v_from:v_to],
                        p_data[v_from:v_to], p_metadata[v_from:v_to])
                 WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)
           ORDER BY n.ord
          RETURNING global_position
        )
        SELECT array_agg(i.global_position ORDER BY i.global_position) INTO positions FROM inserted i;
        next_version := next_version + v_count;
        written := true;
        RETURN NEXT;
      END LOOP;
    END
    $$;
  `,
};
