import type { StoredEvent } from '../../event-store/event-store.port.js';

/**
 * The knownAt clock of an event: when its reporting became public, or when we recorded it if
 * the source does not say. Read models keep it per row so `knownAt` queries filter rows.
 */
export function knownTimeOf(event: Pick<StoredEvent, 'metadata' | 'recordedAt'>): Date {
  const stated = event.metadata.knownAt;
  if (typeof stated === 'string') {
    const time = new Date(stated);
    if (!Number.isNaN(time.getTime())) return time;
  }
  return event.recordedAt;
}
