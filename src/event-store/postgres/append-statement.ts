import type pg from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent, StreamAppend } from '../event-store.port.js';

/**
 * The plain single-stream append as one INSERT, in one round trip:
 * - an exact expected version takes no lock: the unique index (stream_id, stream_version)
 *   decides (see migrations/005-lock-free-exact-appends.ts). One event is the plain INSERT's
 *   shape: it writes after version N only if N is there, and a taken N + 1 declines it without
 *   an error; the appender then asks for the actual version (`declinedExactProbe`), so only a
 *   conflict pays for that. A batch that lost some of its versions must write none of them, so
 *   a batch's statement counts what it wrote and answers a conflict with the actual version;
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
  /** ORDER BY for a batch, so that positions ascend with stream versions. */
  readonly order: string;
}

/** One event as parameters $first.. $first + 4. */
const oneEvent = (first: number): EventRelation => ({
  from: `(SELECT $${first}::uuid AS event_id, $${first + 1}::text AS type, $${first + 2}::integer AS schema_version,
           $${first + 3}::jsonb AS data, $${first + 4}::jsonb AS metadata, 1::bigint AS ord) AS n`,
  firstEventId: `$${first}::uuid`,
  order: '',
});

/** A batch as one JSON array in parameter $first. */
const eventBatch = (first: number): EventRelation => ({
  from: `ROWS FROM (jsonb_to_recordset($${first}::jsonb)
     AS (event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb))
   WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)`,
  firstEventId: `($${first}::jsonb -> 0 ->> 'event_id')::uuid`,
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

// One event after exact version $2 (>= 1: an expected 0 is 'no_stream'), the plain INSERT's
// shape: no CTE, no branch. Version $2 being there and $2 + 1 free is the expectation, since
// versions have no gaps. A free $2 + 1 with $2 missing would make a gap, so the EXISTS probe
// (the same one index descent as reading the version). A taken $2 + 1, committed or committing,
// returns no row: ON CONFLICT waits for the taker's commit and inserts nothing, with no error
// and no aborted transaction (a failed plain INSERT leaves a dead tuple and an abort record).
const exactAppendOne = `
  INSERT INTO events (${COLUMNS})
  SELECT $1, $2::bigint + 1, $3::uuid, $4::text, $5::integer, $6::jsonb, $7::jsonb
   WHERE EXISTS (SELECT FROM events e WHERE e.stream_id = $1 AND e.stream_version = $2::bigint)
  ON CONFLICT (stream_id, stream_version) DO NOTHING
  RETURNING global_position, stream_version`;

// A batch after exact version $2. The declined branch runs after the insert: it counts what
// the insert wrote, so the insert (and any wait on the unique index) has finished. A version
// gone at the statement's start is the answer as it stands; what needs a fresh look (the
// version was there and the insert lost it, a partial batch, a possible re-send) goes to the
// function.
const exactAppendBatch = (events: EventRelation, count: string): string => `
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
    FROM s, (SELECT count(*) AS written FROM i) AS w
   WHERE w.written < ${count}`;

/**
 * What the appender asks after the single-event exact append declined: the stream's version
 * now (a new snapshot, which sees the append that took the version) and whether the event is
 * stored already (then it may be a re-send, which the complete append decides).
 * Asked in the same round trip instead (two prepared statements before one Sync), it spared a
 * conflict its second round trip but cost every written append a statement on the server,
 * ~0.1 ms a success on the hot stream, more than the round trip saved (docs/benchmarks.md).
 */
export function declinedExactProbe(streamId: string, firstEventId: string): pg.QueryConfig {
  return {
    name: 'event_store_declined_exact_probe',
    text: `SELECT (SELECT coalesce(max(e.stream_version), 0) FROM events e WHERE e.stream_id = $1) AS version,
                  EXISTS (SELECT FROM events e WHERE e.event_id = $2::uuid) AS stored`,
    values: [streamId, firstEventId],
  };
}

export interface DeclinedExactProbeRow {
  readonly version: string;
  readonly stored: boolean;
}

const PLAIN_APPENDS = {
  newStream: { one: newStreamAppend(oneEvent(2)), batch: newStreamAppend(eventBatch(2)) },
  any: { one: lockedAppend(oneEvent(2)), batch: lockedAppend(eventBatch(2)) },
  streamExists: { one: streamExistsAppend(oneEvent(2)), batch: streamExistsAppend(eventBatch(2)) },
  exact: { one: exactAppendOne, batch: exactAppendBatch(eventBatch(3), 'jsonb_array_length($3::jsonb)') },
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

/** A written event, or (a single row) the actual version of an exact batch the insert declined. */
export interface PlainAppendRow {
  readonly global_position: string | null;
  readonly stream_version: string | null;
  readonly actual?: string | null;
}

/**
 * The append's result; or `declinedAt`, the stream's actual version (0: no stream), when an
 * exact batch was declined; or 'declined' when a single exact event was (no row: the appender
 * probes for the version).
 */
export function plainAppendResult(
  rows: readonly PlainAppendRow[],
): AppendResult | { readonly declinedAt: bigint } | 'declined' {
  const last = rows.at(-1);
  if (!last) return 'declined';
  const actual = rows[0]!.actual;
  if (actual != null) return { declinedAt: BigInt(actual) };
  return {
    nextExpectedVersion: BigInt(last.stream_version!),
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

function eventsJson(events: readonly NewEvent[]): string {
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

function encodeExpected(expected: ExpectedVersion): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}
