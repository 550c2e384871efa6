import { randomUUID } from 'node:crypto';
import { LOG_START, type EventStore, type LogCursor, type NewEvent, type StoredEvent } from '../../../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../../../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import {
  createPostgresEventStore,
  type PostgresEventStoreOptions,
} from '../../../src/event-store/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

export interface StoreFixture {
  readonly db: TestDatabase;
  readonly store: EventStore;
}

/** A fresh database with the event store schema, and a store on it. */
export async function createStoreFixture(
  options: PostgresEventStoreOptions & { poolSize?: number } = {},
): Promise<StoreFixture> {
  const db = await createTestDatabase(options.poolSize ?? 10);
  // drop() force-drops the database while the pool's last connections may still be closing;
  // an idle one then reports its termination on the pool, with no one left to care.
  db.pool.on('error', () => undefined);
  await runMigrations(db.pool, eventStoreMigrations);
  return { db, store: createPostgresEventStore(db.pool, options) };
}

export function newEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}): NewEvent {
  return { eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { source: 'test' } };
}

export function newEvents(count: number, type?: string): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { i }));
}

export function uniqueStream(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

/** Resolves when `predicate` holds, polling; rejects with `message` after `timeoutMs`. */
export async function eventually(predicate: () => boolean | Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True when every cursor is strictly after the one before, in (transaction id, position) order. */
export function inLogOrder(events: readonly { transactionId: bigint; globalPosition: bigint }[]): boolean {
  return events.every((event, i) => {
    const previous = events[i - 1];
    return (
      !previous ||
      event.transactionId > previous.transactionId ||
      (event.transactionId === previous.transactionId && event.globalPosition > previous.globalPosition)
    );
  });
}

/** The whole global log as readAll pages it now. */
export async function readWholeLog(store: EventStore, pageSize = 100): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let after: LogCursor = LOG_START;
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    if (page.events.length === 0) return events;
    events.push(...page.events);
    after = page.next;
  }
}

/**
 * The whole log once it holds `count` events. Any transaction open anywhere on the server
 * (other test files run in parallel) holds readers back for a moment, so what was just
 * committed is readable soon, not necessarily at once.
 */
export async function readWholeLogOnce(store: EventStore, count: number): Promise<StoredEvent[]> {
  let events: StoredEvent[] = [];
  await eventually(async () => (events = await readWholeLog(store)).length >= count, `log holds ${count} events`);
  return events;
}
