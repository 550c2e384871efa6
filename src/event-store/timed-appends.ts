import { appendDuration } from '../observability/metrics.js';
import type { EventStore } from './event-store.port.js';

/** The store with its appends timed into `newsledger_event_store_append_duration_seconds`. */
export function withTimedAppends(store: EventStore): EventStore {
  return { ...store, append: timed(store.append), appendMany: timed(store.appendMany) };
}

function timed<A extends unknown[], R>(append: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    const stop = appendDuration.startTimer();
    try {
      const result = await append(...args);
      stop({ outcome: 'ok' });
      return result;
    } catch (error) {
      stop({ outcome: 'error' });
      throw error;
    }
  };
}
