import { EventIdConflictError, type StreamAppend } from '../event-store.port.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses malformed appends before they reach the database, where the same mistakes would
 * surface as raw pg errors (bad uuid syntax) or as a less telling conflict.
 */
export function validateAppends(appends: readonly StreamAppend[]): void {
  const streams = new Set<string>();
  const eventIds = new Set<string>();
  for (const { streamId, events, expectedVersion } of appends) {
    if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('Stream id must be a non-empty string');
    if (typeof expectedVersion === 'bigint' && expectedVersion < 0n) {
      throw new RangeError(`Expected version must not be negative, got ${expectedVersion}`);
    }
    if (streams.has(streamId)) throw new TypeError(`Stream ${streamId} appears twice in one appendMany`);
    streams.add(streamId);
    for (const { eventId, type, schemaVersion } of events) {
      if (!UUID.test(eventId)) throw new TypeError(`Event id ${eventId} is not a UUID`);
      if (typeof type !== 'string' || type.length === 0) throw new TypeError(`Event ${eventId} has no type`);
      if (!Number.isInteger(schemaVersion)) throw new TypeError(`Event ${eventId} has no integer schemaVersion`);
      const key = eventId.toLowerCase();
      if (eventIds.has(key)) throw new EventIdConflictError(eventId, 'appears twice in the same append');
      eventIds.add(key);
    }
  }
}
