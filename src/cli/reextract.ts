import pg from 'pg';
import { openDatabase } from '../config/database-connection.js';
import { ALL_MIGRATIONS } from '../migrations.js';
import { loadSettings } from '../config/settings.js';
import { runMigrations } from '../event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { EXTRACTOR_VERSION } from '../ingestion/extraction/extractor-version.js';
import { reextractAll } from '../ingestion/reextraction/reextract.js';
import { runCli } from './run-cli.js';

/** `npm run reextract`: the current extractor over every stored document; appends only what changed. */
await runCli('reextract', async ({ log }) => {
  const settings = loadSettings();
  const database = await openDatabase(settings, log);
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
    log(`Extractor ${EXTRACTOR_VERSION}: re-reading every document in the ledger`);
    const summary = await reextractAll(createPostgresEventStore(pool), (done, total) => {
      if (done === total || done % 100 === 0) log(`  ${done}/${total} documents`);
    });
    log(
      `${summary.documents} documents: ${summary.appended} events appended ` +
        `(${summary.reported} reports, ${summary.retracted} retractions, ${summary.merged} merges)`,
    );
  } finally {
    await pool.end();
    await database.close();
  }
});
