import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '../../../src/event-store/event-store.port.js';
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
