import type { EventMetadata, StoredEvent } from '../event-store.port.js';

/** Column list shared by every read; rows come back in pg's array mode in exactly this order. */
export const EVENT_COLUMNS = `global_position, transaction_id, stream_id, stream_version, event_id,
  type, schema_version, data, metadata, recorded_at`;

/** EVENT_COLUMNS with data and metadata only for events whose type is in the array `types`. */
export const eventColumnsOfTypes = (types: string) => `global_position, transaction_id, stream_id, stream_version,
  event_id, type, schema_version, CASE WHEN type = ANY(${types}) THEN data END,
  CASE WHEN type = ANY(${types}) THEN metadata END, recorded_at`;

export const TYPE_COLUMN = 5;

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
  recordedAt: Date,
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
    recordedAt: r[9],
  };
}
