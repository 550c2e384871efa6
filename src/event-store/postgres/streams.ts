import type pg from 'pg';
import type { ReadStreamOptions, StoredEvent } from '../event-store.port.js';
import { EVENT_COLUMNS, EVENT_ROW_TYPES, toStoredEvent } from './stored-event-row.js';

const LAST_VERSION = 9_223_372_036_854_775_807n;

const READ_FORWARDS = `
  SELECT ${EVENT_COLUMNS} FROM events
   WHERE stream_id = $1 AND stream_version >= $2
   ORDER BY stream_version
   LIMIT $3`;

const READ_BACKWARDS = `
  SELECT ${EVENT_COLUMNS} FROM events
   WHERE stream_id = $1 AND stream_version <= $2
   ORDER BY stream_version DESC
   LIMIT $3`;

export async function readStreamEvents(
  pool: pg.Pool,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<StoredEvent[]> {
  const backwards = options.direction === 'backwards';
  const result = await pool.query<unknown[]>({
    name: backwards ? 'event_store_read_stream_backwards' : 'event_store_read_stream_forwards',
    text: backwards ? READ_BACKWARDS : READ_FORWARDS,
    // LIMIT NULL means no limit.
    values: [streamId, options.fromVersion ?? (backwards ? LAST_VERSION : 1n), options.limit ?? null],
    rowMode: 'array',
    types: EVENT_ROW_TYPES,
  });
  return result.rows.map(toStoredEvent);
}

export async function readStreamVersion(pool: pg.Pool, streamId: string): Promise<bigint | null> {
  const { rows } = await pool.query<{ version: string | null }>({
    name: 'event_store_stream_version',
    text: 'SELECT max(stream_version) AS version FROM events WHERE stream_id = $1',
    values: [streamId],
  });
  const version = rows[0]?.version;
  return version == null ? null : BigInt(version);
}

// The bulk reads below serve a batch's decisions, which fold what they read and never write it
// out again: pg's own parsers, without the JSON text kept beside each value (json-text.ts),
// which would double what a batch holds.
export async function readStreams(pool: pg.Pool, streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const streams = new Map<string, StoredEvent[]>();
  if (streamIds.length === 0) return streams;
  const result = await pool.query<unknown[]>({
    name: 'event_store_read_streams',
    text: `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`,
    values: [streamIds],
    rowMode: 'array',
  });
  for (const event of result.rows.map(toStoredEvent)) {
    const stream = streams.get(event.streamId);
    if (stream) stream.push(event);
    else streams.set(event.streamId, [event]);
  }
  return streams;
}

export async function readStreamHeads(pool: pg.Pool, streamIds: readonly string[]): Promise<Map<string, StoredEvent>> {
  if (streamIds.length === 0) return new Map();
  // One backwards probe of (stream id, stream version) per stream, not every event of each.
  const result = await pool.query<unknown[]>({
    name: 'event_store_read_stream_heads',
    text: `SELECT head.* FROM unnest($1::text[]) AS s(id)
             CROSS JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM events
                                  WHERE stream_id = s.id ORDER BY stream_version DESC LIMIT 1) AS head`,
    values: [streamIds],
    rowMode: 'array',
  });
  return new Map(result.rows.map(toStoredEvent).map((event) => [event.streamId, event]));
}

/**
 * The smallest string above every string starting with the prefix, in byte ("C") order, the
 * order of events_stream_version_key.
 */
function prefixBound(prefix: string): string {
  if (prefix === '') throw new RangeError('A stream id prefix must not be empty');
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

export async function readStreamIdsStartingWithAny(
  pool: pg.Pool,
  prefixes: readonly string[],
  limit: number,
): Promise<Map<string, string[]>> {
  const found = new Map(prefixes.map((prefix) => [prefix, [] as string[]]));
  if (prefixes.length === 0) return found;
  const { rows } = await pool.query<{ prefix: string; stream_id: string }>({
    name: 'event_store_stream_ids_starting_with_any',
    text: `SELECT p.prefix, e.stream_id FROM unnest($1::text[], $2::text[]) AS p(prefix, upper)
             CROSS JOIN LATERAL (SELECT stream_id FROM events
                                  WHERE stream_id >= p.prefix AND stream_id < p.upper AND stream_version = 1
                                  ORDER BY stream_id LIMIT $3) AS e
            ORDER BY p.prefix, e.stream_id`,
    values: [prefixes, prefixes.map(prefixBound), limit],
  });
  for (const row of rows) found.get(row.prefix)!.push(row.stream_id);
  return found;
}

export async function readStreamIdsStartingWith(pool: pg.Pool, prefix: string, limit: number): Promise<string[]> {
  // Every stream has exactly one version 1, so its rows are the stream ids, without a DISTINCT.
  const upper = prefixBound(prefix);
  const { rows } = await pool.query<{ stream_id: string }>({
    name: 'event_store_stream_ids_starting_with',
    text: `SELECT stream_id FROM events
            WHERE stream_id >= $1 AND stream_id < $2 AND stream_version = 1
            ORDER BY stream_id
            LIMIT $3`,
    values: [prefix, upper, limit],
  });
  return rows.map((row) => row.stream_id);
}

export async function readExistingStreams(pool: pg.Pool, streamIds: readonly string[]): Promise<ReadonlySet<string>> {
  if (streamIds.length === 0) return new Set();
  // Version 1 is on every stream exactly once: one probe of (stream id, stream version) per id.
  const { rows } = await pool.query<{ stream_id: string }>({
    name: 'event_store_existing_streams',
    text: 'SELECT stream_id FROM events WHERE stream_id = ANY($1::text[]) AND stream_version = 1',
    values: [streamIds],
  });
  return new Set(rows.map((row) => row.stream_id));
}
