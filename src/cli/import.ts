import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { checkSubmission } from '../api/documents/check-submission.js';
import { openDatabase } from '../config/database-connection.js';
import { ALL_MIGRATIONS } from '../migrations.js';
import { loadSettings } from '../config/settings.js';
import { runMigrations } from '../event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { createIngestRunner } from '../ingestion/import/ingest-runner.js';
import { importProgress, summary } from '../ingestion/import/import-progress.js';
import { runImport } from '../ingestion/import/import-run.js';
import { type ImportItem, importFiles, readNdjson, walkImportFiles } from '../ingestion/import/import-sources.js';
import { runCli } from './run-cli.js';

const USAGE = 'usage: npm run import -- [--report <file>] [--threads <n>] <dir|file|->...';

/**
 * `npm run import -- <dir|file...>`: every .md, .txt, .json and .html file under the paths (and
 * NDJSON bodies on stdin for `-`). Idempotent: documents already in the ledger are skipped, so
 * an interrupted import is resumed by running it again. Rejected files go to the report.
 */
await runCli('import', async ({ log, args }) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { report: { type: 'string', default: 'import-rejections.ndjson' }, threads: { type: 'string' } },
  });
  if (positionals.length === 0) throw new Error(USAGE);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64)) {
    throw new Error(`--threads must be an integer from 0 to 64\n${USAGE}`);
  }
  const files = positionals.filter((p) => p !== '-');
  const reportPath = resolve(values.report);

  const settings = loadSettings();
  const database = await openDatabase(settings, log);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const runner = createIngestRunner(createPostgresEventStore(pool), { source: 'import', threads });
  const report = createWriteStream(reportPath);
  const stdin = positionals.includes('-');
  const progress = importProgress(process.stdout, log, { totalKnown: !stdin });
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
    if (!stdin) void countFiles(files).then(progress.setTotal, () => undefined);
    const tally = await runImport(items(files, stdin), runner, {
      onRejected: (source, rejection) =>
        report.write(`${JSON.stringify({ source, code: rejection.code, message: rejection.message, ...rejection.details })}\n`),
      onProgress: progress.update,
    });
    progress.stop();
    log(`Imported ${tally.done} documents: ${summary(tally)}.`);
    if (tally.rejected > 0) log(`Rejections are listed in ${reportPath}`);
  } finally {
    progress.stop();
    await new Promise((done) => report.end(done));
    await runner.close();
    await pool.end();
    await database.close();
  }
});

async function* items(files: readonly string[], stdin: boolean): AsyncGenerator<ImportItem> {
  yield* importFiles(files);
  if (stdin) yield* readNdjson(process.stdin, checkSubmission);
}

async function countFiles(files: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkImportFiles(files)) n++;
  return n;
}
