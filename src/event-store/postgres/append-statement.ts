import type pg from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent, StreamAppend } from '../event-store.port.js';

/**
 * The plain single-stream append as one INSERT: no function call, no lock, at most one index
 * probe for the stream's version. Whatever is not the plain case — an unmet expected version
 * (ES412), a taken stream version or event id (23505) — fails the whole statement, and the
 * adapter falls back to `event_store_append` (migrations/003-append-function.ts), which
 * decides it precisely.
 *
 * Four prepared statements, each measured cheaper than folding it into another:
 * - 'no_stream' needs no probe, since version 1 being taken is exactly its conflict;
 * - one event travels as plain parameters, sparing the server a JSON document to take apart;
 * - no statement has branches the planner could fold away for known parameters: those make
 *   PostgreSQL find a custom plan cheaper every time and re-plan on every execution.
 */
const COLUMNS = 'stream_id, stream_version, event_id, type, schema_version, data, metadata';

/** The events as a relation n(event_id, type, schema_version, data, metadata, ord), from parameter $first on. */
const oneEvent = (first: number): string =>
  `(SELECT $${first}::uuid AS event_id, $${first + 1}::text AS type, $${first + 2}::integer AS schema_version,
           $${first + 3}::jsonb AS data, $${first + 4}::jsonb AS metadata, 1::bigint AS ord) AS n`;

const eventBatch = (first: number): string =>
  `ROWS FROM (jsonb_to_recordset($${first}::jsonb)
     AS (event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb))
   WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, ord)`;

// ORDER BY makes positions ascend with stream versions.
const newStreamAppend = (events: string, ordered: boolean): string => `
  INSERT INTO events (${COLUMNS})
  SELECT $1, n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
    FROM ${events}
  ${ordered ? 'ORDER BY n.ord' : ''}
  RETURNING global_position, stream_version`;

const streamAppend = (events: string, ordered: boolean): string => `
  INSERT INTO events (${COLUMNS})
  SELECT $1, v.version + n.ord, n.event_id, n.type, n.schema_version, n.data, n.metadata
    FROM (SELECT coalesce(max(e.stream_version), 0) AS version FROM events e WHERE e.stream_id = $1) AS v,
         ${events}
   WHERE CASE WHEN $2 = 'any' OR ($2 = 'stream_exists' AND v.version > 0) OR v.version = $3::bigint
              THEN true
              ELSE event_store_expectation_unmet()
         END
  ${ordered ? 'ORDER BY n.ord' : ''}
  RETURNING global_position, stream_version`;

const PLAIN_APPENDS = {
  newStream: { one: newStreamAppend(oneEvent(2), false), batch: newStreamAppend(eventBatch(2), true) },
  stream: { one: streamAppend(oneEvent(4), false), batch: streamAppend(eventBatch(4), true) },
};

export function plainAppendStatement({ streamId, events, expectedVersion = 'any' }: StreamAppend): pg.QueryConfig {
  const newStream = expectedVersion === 'no_stream' || expectedVersion === 0n;
  const [event] = events;
  const single = events.length === 1 && event !== undefined;
  const eventValues = single
    ? [event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata ?? {})]
    : [eventsJson(events)];
  const expectation = newStream
    ? []
    : [typeof expectedVersion === 'bigint' ? 'exact' : expectedVersion, typeof expectedVersion === 'bigint' ? expectedVersion : null];
  const kind = newStream ? 'newStream' : 'stream';
  const size = single ? 'one' : 'batch';
  return {
    name: `event_store_append_${kind}_${size}`,
    text: PLAIN_APPENDS[kind][size],
    values: [streamId, ...expectation, ...eventValues],
  };
}

export function plainAppendResult(rows: readonly { global_position: string; stream_version: string }[]): AppendResult {
  return {
    nextExpectedVersion: BigInt(rows.at(-1)!.stream_version),
    positions: rows.map((row) => BigInt(row.global_position)),
    written: true,
  };
}

/**
 * The complete append (see migrations/003-append-function.ts) for any number of streams.
 * `resendCheck` makes it compare the events with stored ones before inserting, after an
 * attempt hit a taken event id. Exported so tests can run the store's own write path inside a
 * transaction they hold open.
 */
export function appendStatement(appends: readonly StreamAppend[], resendCheck = false): pg.QueryConfig {
  return {
    name: 'event_store_append',
    text: `SELECT stream_index, next_version, positions, written FROM event_store_append($1, $2, $3, $4)`,
    values: [
      appends.map((append) => append.streamId),
      appends.map((append) => encodeExpected(append.expectedVersion ?? 'any')),
      `[${appends.map((append) => eventsJson(append.events)).join(',')}]`,
      resendCheck,
    ],
  };
}

interface AppendRow {
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
