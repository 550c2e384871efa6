import type { IHeaders, Message } from 'kafkajs';
import { envelopeJsonText, envelopeJsonTextOf } from '../event-store/envelope-json.js';
import type { EventMetadata, StoredEvent, StoredEventJson } from '../event-store/event-store.port.js';

/** Header names, so consumers can route or filter without parsing the value. */
export const HEADER = {
  eventId: 'event-id',
  type: 'event-type',
  schemaVersion: 'schema-version',
  globalPosition: 'global-position',
} as const;

/**
 * Keyed by stream id: Kafka keeps one key in one partition, so each stream stays in order.
 * The Kafka timestamp is left to the producer (publish time), not set to recordedAt: with old
 * times, a first publish of a long ledger would fall straight out of time-based retention.
 */
export function toKafkaMessage(event: StoredEvent | StoredEventJson): Message & { value: string } {
  const headers: IHeaders = {
    [HEADER.eventId]: event.eventId,
    [HEADER.type]: event.type,
    [HEADER.schemaVersion]: String(event.schemaVersion),
    [HEADER.globalPosition]: event.globalPosition.toString(),
  };
  return {
    key: event.streamId,
    value: 'dataJson' in event ? envelopeJsonTextOf(event) : envelopeJsonText(event),
    headers,
  };
}

export type DecodeResult = { readonly ok: true; readonly event: StoredEvent } | { readonly ok: false; readonly reason: string };

const DECIMAL = /^(?:0|[1-9]\d*)$/;

/** Parses and validates a message value; never throws, so one bad message cannot stop a consumer. */
export function decodeEnvelope(value: Buffer | string | null): DecodeResult {
  if (value === null || value.length === 0) return invalid('empty value (tombstone?)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString());
  } catch (error) {
    return invalid(`not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(parsed)) return invalid('value is not a JSON object');
  const e = parsed;
  for (const field of ['eventId', 'type', 'streamId'] as const) {
    if (typeof e[field] !== 'string' || e[field] === '') return invalid(`${field} must be a non-empty string`);
  }
  if (!Number.isInteger(e.schemaVersion) || (e.schemaVersion as number) < 1) {
    return invalid('schemaVersion must be a positive integer');
  }
  for (const field of ['streamVersion', 'globalPosition', 'transactionId'] as const) {
    if (typeof e[field] !== 'string' || !DECIMAL.test(e[field])) return invalid(`${field} must be a decimal string`);
  }
  const recordedAt = typeof e.recordedAt === 'string' ? new Date(e.recordedAt) : null;
  if (recordedAt === null || Number.isNaN(recordedAt.getTime())) return invalid('recordedAt must be an ISO 8601 time');
  if (!isRecord(e.data)) return invalid('data must be a JSON object');
  if (!isRecord(e.metadata)) return invalid('metadata must be a JSON object');
  return {
    ok: true,
    event: {
      eventId: e.eventId as string,
      type: e.type as string,
      schemaVersion: e.schemaVersion as number,
      streamId: e.streamId as string,
      streamVersion: BigInt(e.streamVersion as string),
      globalPosition: BigInt(e.globalPosition as string),
      transactionId: BigInt(e.transactionId as string),
      recordedAt,
      data: e.data,
      metadata: e.metadata as EventMetadata,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(reason: string): DecodeResult {
  return { ok: false, reason };
}
