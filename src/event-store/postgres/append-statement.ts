import type pg from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent, StreamAppend } from '../event-store.port.js';

/**
 * The plain single-stream append as one INSERT, in one round trip:
 * - an exact expected version takes no lock: the unique index (stream_id, stream_version)
 *   decides, and an append that lost (or whose version was gone already) gets a row with the
 *   actual version instead of an error (see migrations/005-lock-free-exact-appends.ts);
 * - 'any' and 'stream_exists' write after the version they find under the stream's lock
 *   (migrations/004-stream-locks.ts), so they do not conflict with each other; an unmet
 *   'stream_exists' fails with the actual version (ES409);
 * - 'no_stream' reads no version, since version 1 being taken is exactly its conflict, and
 *   takes no lock (it cost 9-21 % of 1-event appends at concurrency 8).
 * What is not the plain case — possibly a re-send (ES412), a taken event id (23505), a version
 * a lock-free writer took from under the lock — fails the whole statement, and the adapter
 * falls back to the complete append (`event_store_append_locked`), which decides it precisely.
 *
 * One prepared statement per expectation kind and size:
 * - one event travels as plain parameters, sparing the server a JSON document to take apart;
 * - no statement has branches the planner could fold away for known parameters: those make
 *   PostgreSQL find a custom plan cheaper every time and re-plan on every execution.
 */
const COLUMNS = 'stream_id, stream_version, event_id, type, schema_version, data, metadata';

interface EventRelation {
  /** The events as a relation n(event_id, type, schema_version, data, metadata, ord). */
  readonly from: string;
  readonly firstEventId: string;
  readonly count: string;
  /** w(written): how many rows CTE i inserted (for one event, read after i ran: none). */
  readonly written: string;
  /** ORDER BY for a batch, so that positions ascend with stream versions. */
  readonly order: string;
}

/** One event as parameters $first.. $first + 4. */
const oneEvent = (first: number): EventRelation => ({
  from: `(SELECT $${first}::uuid AS event_id, $${first + 1}::text AS type, $${first + 2}::integer AS schema_version,
           $${first + 3}::jsonb AS data, $${first + 4}::jsonb AS metadata, 1::bigint AS ord) AS n`,
  firstEventId: `$${first}::uuid`,
  count: '1',
  written: `(SELECT 0::bigint AS written WHERE NOT EXISTS (SELECT FROM i)) AS w`,
  order: '',
});

/** A batch as one JSON array in parameter $first. */
const eventBatch = (first: number): EventRelation => ({
  from: `ROWS FROM (jsonb_to_recordset($${first}::jsonb)
     AS (event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb))
   WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)`,
  firstEventId: `($${first}::jsonb -> 0 ->> 'event_id')::uuid`,
  count: `jsonb_array_length($${first}::jsonb)`,
  written: '(SELECT count(*) AS written FROM i) AS w',
  order: 'ORDER BY n.ord',
});

const newStreamAppend = (events: EventRelation): string => `
  INSERT INTO events (${COLUMNS})
  SELECT $1, n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
    FROM ${events.from}
  ${events.order}
  RETURNING global_position, stream_version`;

// The version comes from a MATERIALIZED CTE: locked and read once, before any row is inserted.
const lockedAppend = (events: EventRelation, condition = 'true'): string => `
  WITH v AS MATERIALIZED (SELECT event_store_locked_version($1) AS version)
  INSERT INTO events (${COLUMNS})
  SELECT $1, v.version + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
    FROM v, ${events.from}
   WHERE ${condition}
  ${events.order}
  RETURNING global_position, stream_version`;

const streamExistsAppend = (events: EventRelation): string =>
  lockedAppend(events, `v.version > 0 OR event_store_version_unmet($1, 'stream_exists', v.version, ${events.firstEventId})`);

// $2 is the expected version. The declined branch runs after the insert: it counts what the
// insert wrote, so the insert (and any wait on the unique index) has finished. (One event as
// the plain INSERT's shape, without the CTEs, cost the server a fifth less per written append,
// but then a conflict needed a second round trip for the actual version, and the contended
// benchmark lost more than that: see docs/benchmarks.md, "Round trips, not JavaScript".) A version gone
// at the statement's start is the answer as it stands; what needs a fresh look (the version
// was there and the insert lost it, a partial batch, a possible re-send) goes to the function.
const exactAppend = (events: EventRelation): string => `
  WITH s AS MATERIALIZED (
    SELECT coalesce(max(e.stream_version), 0) AS version FROM events e WHERE e.stream_id = $1
  ), i AS (
    INSERT INTO events (${COLUMNS})
    SELECT $1, s.version + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
      FROM s, ${events.from}
     WHERE s.version = $2::bigint
    ${events.order}
    ON CONFLICT (stream_id, stream_version) DO NOTHING
    RETURNING global_position, stream_version
  )
  SELECT i.global_position, i.stream_version, NULL::bigint AS actual FROM i
  UNION ALL
  SELECT NULL, NULL,
         CASE WHEN s.version = $2::bigint OR w.written > 0
                   OR EXISTS (SELECT FROM events e WHERE e.event_id = ${events.firstEventId})
              THEN event_store_exact_declined($1, $2::bigint, ${events.firstEventId}, w.written)
              ELSE s.version
         END
    FROM s, ${events.written}
   WHERE w.written < ${events.count}`;

const PLAIN_APPENDS = {
  newStream: { one: newStreamAppend(oneEvent(2)), batch: newStreamAppend(eventBatch(2)) },
  any: { one: lockedAppend(oneEvent(2)), batch: lockedAppend(eventBatch(2)) },
  streamExists: { one: streamExistsAppend(oneEvent(2)), batch: streamExistsAppend(eventBatch(2)) },
  exact: { one: exactAppend(oneEvent(3)), batch: exactAppend(eventBatch(3)) },
};

export function plainAppendStatement({ streamId, events, expectedVersion = 'any' }: StreamAppend): pg.QueryConfig {
  const newStream = expectedVersion === 'no_stream' || expectedVersion === 0n;
  const [event] = events;
  const single = events.length === 1 && event !== undefined;
  const eventValues = single
    ? [event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata ?? {})]
    : [eventsJson(events)];
  const kind = newStream
    ? 'newStream'
    : typeof expectedVersion === 'bigint'
      ? 'exact'
      : expectedVersion === 'stream_exists'
        ? 'streamExists'
        : 'any';
  const size = single ? 'one' : 'batch';
  return {
    name: `event_store_append_${kind}_${size}`,
    text: PLAIN_APPENDS[kind][size],
    values: [streamId, ...(kind === 'exact' ? [expectedVersion] : []), ...eventValues],
  };
}

/** A written event, or (a single row) the actual version of an exact append the insert declined. */
export interface PlainAppendRow {
  readonly global_position: string | null;
  readonly stream_version: string | null;
  readonly actual?: string | null;
}

/** The append's result, or the stream's actual version (0: no stream) when it was declined. */
export function plainAppendResult(rows: readonly PlainAppendRow[]): AppendResult | { readonly declinedAt: bigint } {
  const actual = rows[0]?.actual;
  if (actual != null) return { declinedAt: BigInt(actual) };
  return {
    nextExpectedVersion: BigInt(rows.at(-1)!.stream_version!),
    positions: rows.map((row) => BigInt(row.global_position!)),
    written: true,
  };
}

/**
 * The complete append (migrations/003-append-function.ts, under the streams' locks of
 * migrations/004-stream-locks.ts) for any number of streams.
 * `resendCheck` makes it compare the events with stored ones before inserting, after an
 * attempt hit a taken event id. Exported so tests can run the store's own write path inside a
 * transaction they hold open.
 */
export function appendStatement(appends: readonly StreamAppend[], resendCheck = false): pg.QueryConfig {
  return {
    name: 'event_store_append_locked',
    text: `SELECT stream_index, next_version, positions, written FROM event_store_append_locked($1, $2, $3, $4)`,
    values: [
      appends.map((append) => append.streamId),
      appends.map((append) => encodeExpected(append.expectedVersion ?? 'any')),
      `[${appends.map((append) => eventsJson(append.events)).join(',')}]`,
      resendCheck,
    ],
  };
}

export interface AppendRow {
  readonly stream_index: number;
  readonly next_version: string;
  readonly positions: readonly string[];
  readonly written: boolean;
}

/** Results in the order of the appends (the function visits streams in id order). */
export function appendResults(rows: readonly AppendRow[], streamCount: number): AppendResult[] {
  const results = new Array<AppendResult>(streamCount);
  for (const row of rows) {
    results[row.stream_index - 1] = {
      nextExpectedVersion: BigInt(row.next_version),
      positions: row.positions.map(BigInt),
      written: row.written,
    };
  }
  return results;
}

export function eventsJson(events: readonly NewEvent[]): string {
  return JSON.stringify(
    events.map((event) => ({
      event_id: event.eventId,
      type: event.type,
      schema_version: event.schemaVersion,
      data: event.data,
      metadata: event.metadata ?? {},
    })),
  );
}

export function encodeExpected(expected: ExpectedVersion): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}
