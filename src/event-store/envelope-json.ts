import type { StoredEvent } from './event-store.port.js';

/**
 * The JSON form of a stored event, the same everywhere it leaves the process (REST, SSE,
 * Kafka). Positions and versions are JSON numbers: they stay far below 2^53.
 */
export interface EventEnvelopeJson {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly transactionId: number;
  readonly recordedAt: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
}

export const toEnvelopeJson = (event: StoredEvent): EventEnvelopeJson => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  streamId: event.streamId,
  streamVersion: Number(event.streamVersion),
  globalPosition: Number(event.globalPosition),
  transactionId: Number(event.transactionId),
  recordedAt: event.recordedAt.toISOString(),
  data: event.data,
  metadata: { ...event.metadata },
});
