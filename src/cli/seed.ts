import pg from 'pg';
import { openDatabase } from '../config/database-connection.js';
import { ALL_MIGRATIONS } from '../migrations.js';
import { loadSettings } from '../config/settings.js';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { runMigrations } from '../event-store/postgres/migrations-runner.js';
import { seedLedger } from '../ingestion/seeding/seed-ledger.js';
import { runCli } from './run-cli.js';

/** `npm run seed`: ingests seeds/ (idempotent: a second run appends nothing). */
await runCli('seed', async ({ log }) => {
  const settings = loadSettings();
  const database = await openDatabase(settings, log);
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
    const reports = await seedLedger(createPostgresEventStore(pool));
    for (const { file, result } of reports) {
      log(`${file}  ${result.documentId}  ${result.created ? `${result.events.length} events written` : 'already ingested'}`);
    }
    const total = reports.reduce((n, r) => n + r.result.events.length, 0);
    log(total > 0 ? `Seeded: ${total} events appended.` : 'Nothing to do: every seed document is already in the ledger.');
  } finally {
    await pool.end();
    await database.close();
  }
});
