import { createPostgresEventStore, eventStoreMigrations, LOG_START, runMigrations } from '../../../src/event-store/index.js';
import { publishingMigrations } from '../../../src/publishing/publishing.migrations.js';
import { PostgresRelayCheckpoints } from '../../../src/publishing/relay-checkpoints.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { cursorOf, newEvents, readLog } from './fixture.js';

describe('relay checkpoints: how many events were published', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.drop());

  it('given a checkpoint written before counts were kept, when migrated, then it counts the events up to it in log order', async () => {
    const [withoutCounts] = publishingMigrations;
    await runMigrations(db.pool, [...eventStoreMigrations, withoutCounts!]);
    const store = createPostgresEventStore(db.pool);
    await store.append('story-a', newEvents(4));
    await store.append('story-b', newEvents(3));
    await store.append('story-a', newEvents(2));
    const log = await readLog(store, 9);
    const at = cursorOf(log[6]!);
    await db.pool.query('INSERT INTO publishing_checkpoints (relay, transaction_id, global_position) VALUES ($1, $2, $3)', [
      'kafka:old',
      at.transactionId.toString(),
      at.globalPosition.toString(),
    ]);

    await runMigrations(db.pool, [...eventStoreMigrations, ...publishingMigrations]);
    const checkpoints = new PostgresRelayCheckpoints(db.pool);
    await expect(checkpoints.published('kafka:old')).resolves.toBe(7n);
    await expect(checkpoints.load('kafka:old')).resolves.toEqual(at);
  });

  it('given a checkpoint, when restarted, then the relay resumes from the start with nothing published', async () => {
    await runMigrations(db.pool, [...eventStoreMigrations, ...publishingMigrations]);
    const checkpoints = new PostgresRelayCheckpoints(db.pool);
    await checkpoints.save('kafka:t', { transactionId: 10n, globalPosition: 20n }, 20n);
    await expect(checkpoints.published('kafka:t')).resolves.toBe(20n);
    await checkpoints.restart('kafka:t');
    await expect(checkpoints.load('kafka:t')).resolves.toEqual(LOG_START);
    await expect(checkpoints.published('kafka:t')).resolves.toBe(0n);
  });
});
