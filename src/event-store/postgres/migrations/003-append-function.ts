import type { Migration } from '../../migration.js';

/**
 * Appends as SQL, so that an append of any size is one statement: one round trip, one
 * implicit transaction.
 *
 * The arbiter of stream versions is the unique index (stream_id, stream_version): an append
 * writes versions after the highest it read, and a concurrent append that took one of them
 * makes the insert wait for that transaction and then fail (23505), which the adapter turns
 * into a retry that sees it. There is no stream row to write or lock.
 *
 * `event_store_append` is the complete append: several streams, every expected-version kind,
 * re-sends recognized. A single-stream append first tries the leaner statement in
 * postgres/append-statement.ts, which raises ES412 (or hits a unique index) whenever it is not
 * the plain case, and then comes here. Every refusal raises, which rolls back all streams of
 * the call. Errors carry structured DETAIL (JSON) for the adapter: ES409 wrong expected
 * version, ES410 event id conflict.
 *
 * Events come as JSON: one array of events per stream, each event an object with the keys
 * event_id, type, schema_version, data, metadata. One jsonb parameter costs the client a
 * JSON.stringify, where arrays of jsonb cost an escaping pass per element.
 */
export const appendFunctionMigration: Migration = {
  id: 'event-store/003-append-function',
  sql: `
    CREATE FUNCTION event_store_expectation_unmet() RETURNS boolean LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'expected version not met; the complete append decides'
        USING ERRCODE = 'ES412';
    END
    $$;

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
    CREATE FUNCTION event_store_already_stored(p_stream text, p_batch jsonb) RETURNS boolean
    LANGUAGE sql STABLE AS $$
      SELECT count(*) = jsonb_array_length(p_batch)
        FROM jsonb_to_recordset(p_batch) AS n(event_id uuid, type text, schema_version integer, data jsonb)
        JOIN events e ON e.event_id = n.event_id
       WHERE e.stream_id = p_stream AND e.type = n.type AND e.schema_version = n.schema_version AND e.data = n.data
    $$;

    -- Raises ES410 for the first event of a batch (not a complete re-send) whose id is taken;
    -- a clash in stream or content is named before a mere overlap.
    CREATE FUNCTION event_store_refuse_taken_ids(p_stream text, p_batch jsonb) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
      v_event_id uuid;
      v_stored_in text;
      v_same_content boolean;
      v_reason text;
    BEGIN
      SELECT n.event_id, e.stream_id, (e.type = n.type AND e.schema_version = n.schema_version AND e.data = n.data)
        INTO v_event_id, v_stored_in, v_same_content
        FROM ROWS FROM (jsonb_to_recordset(p_batch) AS (event_id uuid, type text, schema_version integer, data jsonb))
             WITH ORDINALITY AS n(event_id, type, schema_version, data, ord)
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
      p_events jsonb,
      p_resend_check boolean
    ) RETURNS TABLE (stream_index integer, next_version bigint, positions bigint[], written boolean)
    LANGUAGE plpgsql AS $$
    DECLARE
      v_index integer;
      v_stream text;
      v_expected text;
      v_batch jsonb;
      v_version bigint;
    BEGIN
      -- Streams in id order: two appends sharing streams then wait on each other's versions
      -- in the same order and cannot deadlock.
      FOR v_index IN
        SELECT s.ord FROM unnest(p_stream_ids) WITH ORDINALITY AS s(id, ord) ORDER BY s.id COLLATE "C"
      LOOP
        stream_index := v_index;
        v_stream := p_stream_ids[v_index];
        v_expected := p_expected[v_index];
        v_batch := p_events -> (v_index - 1);
        positions := '{}';
        written := false;

        SELECT max(e.stream_version) INTO v_version FROM events e WHERE e.stream_id = v_stream;
        next_version := coalesce(v_version, 0);

        -- Parenthesized: PL/pgSQL would end the IF condition at the CASE's first THEN.
        IF NOT (CASE v_expected
                  WHEN 'any' THEN true
                  WHEN 'no_stream' THEN v_version IS NULL
                  WHEN 'stream_exists' THEN v_version IS NOT NULL
                  ELSE coalesce(v_version, 0) = v_expected::bigint
                END) THEN
          IF jsonb_array_length(v_batch) > 0 AND v_version IS NOT NULL
             AND event_store_already_stored(v_stream, v_batch) THEN
            RETURN NEXT;
            CONTINUE;
          END IF;
          PERFORM event_store_refuse_version(v_index, v_stream, v_expected, v_version);
        END IF;

        IF jsonb_array_length(v_batch) = 0 THEN
          RETURN NEXT;
          CONTINUE;
        END IF;

        IF p_resend_check THEN
          IF v_version IS NOT NULL AND event_store_already_stored(v_stream, v_batch) THEN
            RETURN NEXT;
            CONTINUE;
          END IF;
          PERFORM event_store_refuse_taken_ids(v_stream, v_batch);
        END IF;

        -- ORDER BY makes positions ascend with stream versions.
        WITH inserted AS (
          INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
          SELECT v_stream, next_version + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
            FROM ROWS FROM (jsonb_to_recordset(v_batch)
                   AS (event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb))
                 WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)
           ORDER BY n.ord
          RETURNING global_position, stream_version
        )
        SELECT array_agg(i.global_position ORDER BY i.global_position), max(i.stream_version)
          INTO positions, next_version
          FROM inserted i;
        written := true;
        RETURN NEXT;
      END LOOP;
    END
    $$;
  `,
};
