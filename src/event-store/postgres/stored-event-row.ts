import pg from 'pg';
import type { EventMetadata, StoredEvent, StoredEventJson } from '../event-store.port.js';
import { parseJsonKeepingText } from '../json-text.js';

/**
 * recorded_at as whole milliseconds since the epoch (what a Date holds): parsing the timestamp's
 * text was a fair share of a rebuild's client time. extract() is exact but numeric, and its
 * arithmetic cost the server more per row than the index scan that found the row (~1.2 µs
 * against ~0.5). date_part() is a double, the microseconds divided by 10^6; times 10^6 it is
 * within 0.49 µs of the microsecond count while that count is below 2^52 (the year 2112), so
 * rounding gives it exactly, and integer division the milliseconds (floor: after 1970, positive).
 * Later timestamps take the numeric way.
 */
export const RECORDED_AT_MS = `CASE WHEN recorded_at < '2100-01-01 00:00:00+00'
  THEN round(date_part('epoch', recorded_at) * 1000000)::bigint / 1000
  ELSE floor(extract(epoch FROM recorded_at) * 1000)::bigint END`;

/** Column list shared by every read; rows come back in pg's array mode in exactly this order. */
export const EVENT_COLUMNS = `global_position, transaction_id, stream_id, stream_version, event_id,
  type, schema_version, data, metadata, ${RECORDED_AT_MS}`;

const JSON_OID = 114;
const JSONB_OID = 3802;

/** pg's parsers, except that data and metadata keep their JSON text (see json-text.ts). */
export const EVENT_ROW_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === JSONB_OID || oid === JSON_OID ? parseJsonKeepingText : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** pg's parsers, except that data and metadata stay the text they were stored as (StoredEventJson). */
export const EVENT_ROW_TYPES_JSON_TEXT: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === JSONB_OID || oid === JSON_OID ? String : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

type EventRow = [
  globalPosition: string,
  transactionId: string,
  streamId: string,
  streamVersion: string,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: Record<string, unknown>,
  metadata: EventMetadata,
  recordedAtMs: string,
];

// Array rows skip pg's per-row keyed object; this is the only mapping a read pays for.
export function toStoredEvent(row: unknown[]): StoredEvent {
  const r = row as EventRow;
  return {
    globalPosition: BigInt(r[0]),
    transactionId: BigInt(r[1]),
    streamId: r[2],
    streamVersion: BigInt(r[3]),
    eventId: r[4],
    type: r[5],
    schemaVersion: r[6],
    data: r[7],
    metadata: r[8],
    recordedAt: new Date(Number(r[9])),
  };
}

/**
 * toStoredEvent for rows read with EVENT_ROW_TYPES_JSON_TEXT. Written out, not built from a shared
 * part: spreading a common object into each row made decoding ten times slower (measured).
 */
export function toStoredEventJson(row: unknown[]): StoredEventJson {
  const r = row as [string, string, string, string, string, string, number, string, string, string];
  return {
    globalPosition: BigInt(r[0]),
    transactionId: BigInt(r[1]),
    streamId: r[2],
    streamVersion: BigInt(r[3]),
    eventId: r[4],
    type: r[5],
    schemaVersion: r[6],
    dataJson: r[7],
    metadataJson: r[8],
    recordedAt: new Date(Number(r[9])),
  };
}

/** How a read turns rows into events: parsed (StoredEvent) or with the JSON left as text (StoredEventJson). */
export interface EventRowDecoding<E> {
  readonly types: pg.CustomTypesConfig;
  readonly decode: (row: unknown[]) => E;
}

export const PARSED_EVENTS: EventRowDecoding<StoredEvent> = { types: EVENT_ROW_TYPES, decode: toStoredEvent };
export const JSON_TEXT_EVENTS: EventRowDecoding<StoredEventJson> = { types: EVENT_ROW_TYPES_JSON_TEXT, decode: toStoredEventJson };
