import type { LogCursor, StoredEvent } from '../event-store/event-store.port.js';

/**
 * Drops redeliveries. The relay publishes the log in commit-safe order and, after a failure,
 * republishes from its checkpoint, so within one partition a duplicate always sits at or
 * below the highest (transactionId, globalPosition) already delivered there. One cursor per
 * partition is therefore all the state needed, however long the consumer runs.
 */
export class PartitionDedupe {
  private readonly delivered = new Map<string, LogCursor>();

  /** The events above the partition's high-water mark, deduplicated among themselves too. */
  fresh(partitionKey: string, events: readonly StoredEvent[]): { events: StoredEvent[]; high: LogCursor | undefined } {
    let high = this.delivered.get(partitionKey);
    const fresh: StoredEvent[] = [];
    for (const event of events) {
      if (high && compareCursors(event, high) <= 0) continue;
      fresh.push(event);
      high = { transactionId: event.transactionId, globalPosition: event.globalPosition };
    }
    return { events: fresh, high };
  }

  /** Called after the handler succeeded, so a failed batch is offered again, not dropped. */
  advance(partitionKey: string, high: LogCursor | undefined): void {
    if (high) this.delivered.set(partitionKey, high);
  }
}

export function compareCursors(a: LogCursor, b: LogCursor): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}
