import pg from 'pg';
import type { Migration } from '../../../src/event-store/migration.js';
import { eventStoreMigrations } from '../../../src/event-store/postgres/event-store-migrations.js';
import { MigrationError, runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { newEvents } from './event-store-fixture.js';

const eventsJson = (count: number): object[] =>
  newEvents(count).map((event) => ({ event_id: event.eventId, type: event.type, schema_version: 1, data: event.data, metadata: {} }));

describe('event store: migrations', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase(2);
    // See event-store-fixture.ts: drop() can outrun the pool's last disconnects.
    db.pool.on('error', () => undefined);
  });
  afterEach(() => db.drop());

  async function recordedIds(): Promise<string[]> {
    const { rows } = await db.pool.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    return rows.map((row) => row.id);
  }

  it('given a fresh database, when migrated twice, then the second run applies nothing', async () => {
    const ids = eventStoreMigrations.map((migration) => migration.id);
    expect(await runMigrations(db.pool, eventStoreMigrations)).toEqual(ids);
    expect(await runMigrations(db.pool, eventStoreMigrations)).toEqual([]);
    expect(await recordedIds()).toEqual([...ids].sort());
  });

  it('given a fresh database, when four processes migrate at once, then each migration is applied exactly once', async () => {
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: db.url, max: 1 }));
    for (const pool of pools) pool.on('error', () => undefined);
    try {
      const applied = await Promise.all(pools.map((pool) => runMigrations(pool, eventStoreMigrations)));
      expect(applied.flat().sort()).toEqual(eventStoreMigrations.map((migration) => migration.id).sort());
      expect(applied.filter((ids) => ids.length > 0)).toHaveLength(1);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('given an applied list, when another module appends its own migrations, then only those are applied', async () => {
    await runMigrations(db.pool, eventStoreMigrations);
    const more: Migration = { id: 'projections/001-stories', sql: 'CREATE TABLE stories (id text PRIMARY KEY)' };
    expect(await runMigrations(db.pool, [...eventStoreMigrations, more])).toEqual(['projections/001-stories']);
  });

  it('given streams written before the stream locks, when those are migrated in, then appends continue every stream', async () => {
    const beforeLocks = eventStoreMigrations.filter((migration) => migration.id !== 'event-store/004-stream-locks');
    await runMigrations(db.pool, beforeLocks);
    // What the earlier service ran for every append.
    await db.pool.query(
      `SELECT * FROM event_store_append($1, $2, $3, false)`,
      [['old-a', 'old-b'], ['no_stream', 'no_stream'], JSON.stringify([eventsJson(3), eventsJson(1)])],
    );

    expect(await runMigrations(db.pool, eventStoreMigrations)).toEqual(['event-store/004-stream-locks']);
    const store = createPostgresEventStore(db.pool);
    expect((await store.append('old-a', newEvents(1), { expectedVersion: 'any' })).nextExpectedVersion).toBe(4n);
    expect((await store.append('old-b', newEvents(2), { expectedVersion: 1n })).nextExpectedVersion).toBe(3n);
    await expect(store.append('old-a', newEvents(1), { expectedVersion: 3n })).rejects.toMatchObject({ actual: 4n });
  });

  it('given a failing migration, when migrating, then it is rolled back, not recorded, and named', async () => {
    const broken: Migration[] = [
      { id: 'test/001-ok', sql: 'CREATE TABLE ok (id int)' },
      { id: 'test/002-broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function()' },
    ];
    await expect(runMigrations(db.pool, broken)).rejects.toThrow(/Migration test\/002-broken failed/);
    expect(await recordedIds()).toEqual(['test/001-ok']);
    const { rows } = await db.pool.query("SELECT to_regclass('half') AS half");
    expect(rows[0]).toEqual({ half: null });
  });

  it('given an applied migration, when its SQL has changed, then migrating is refused', async () => {
    await runMigrations(db.pool, [{ id: 'test/001', sql: 'CREATE TABLE a (id int)' }]);
    await expect(runMigrations(db.pool, [{ id: 'test/001', sql: 'CREATE TABLE a (id bigint)' }])).rejects.toThrow(
      MigrationError,
    );
  });

  it('given a list naming one id twice, when migrating, then it is refused before touching the database', async () => {
    const twice = [eventStoreMigrations[0]!, eventStoreMigrations[0]!];
    await expect(runMigrations(db.pool, twice)).rejects.toThrow(/listed twice/);
  });
});
