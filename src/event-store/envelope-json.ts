import type { EventMetadata, StoredEvent, StoredEventJson } from './event-store.port.js';
import { jsonTextOf } from './json-text.js';

/**
 * The JSON form of a stored event, the same everywhere it leaves the process: REST, SSE and
 * the Kafka topic. Bigints travel as decimal strings, because JSON numbers lose precision past
 * 2^53 in most consumers.
 */
export interface EventEnvelopeJson {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: string;
  readonly globalPosition: string;
  readonly transactionId: string;
  readonly recordedAt: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
}

export const toEnvelopeJson = (event: StoredEvent): EventEnvelopeJson => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  streamId: event.streamId,
  streamVersion: event.streamVersion.toString(),
  globalPosition: event.globalPosition.toString(),
  transactionId: event.transactionId.toString(),
  recordedAt: event.recordedAt.toISOString(),
  data: event.data,
  metadata: event.metadata,
});

/**
 * JSON.stringify(toEnvelopeJson(event)), except that data and metadata read from the store are
 * pasted in as the text they were stored as (see json-text.ts) instead of being serialized
 * again: the relay, SSE and `consume --json` write every event this way. Data and metadata are
 * the envelope's last fields, so they follow its other fields' JSON.
 */
export function envelopeJsonText(event: StoredEvent): string {
  return envelopeText(event, jsonTextOf(event.data), jsonTextOf(event.metadata));
}

/** envelopeJsonText of an event read with its data and metadata as text. */
export function envelopeJsonTextOf(event: StoredEventJson): string {
  return envelopeText(event, event.dataJson, event.metadataJson);
}

/** The envelope's fields in toEnvelopeJson's order, written out directly (no object to stringify). */
function envelopeText(event: Omit<StoredEvent, 'data' | 'metadata'>, data: string, metadata: string): string {
  return (
    `{"eventId":${JSON.stringify(event.eventId)},"type":${JSON.stringify(event.type)},"schemaVersion":${JSON.stringify(event.schemaVersion)},` +
    `"streamId":${JSON.stringify(event.streamId)},"streamVersion":"${event.streamVersion}","globalPosition":"${event.globalPosition}",` +
    `"transactionId":"${event.transactionId}","recordedAt":"${event.recordedAt.toISOString()}","data":${data},"metadata":${metadata}}`
  );
}
