import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../config/database-connection.js';
import { ALL_MIGRATIONS } from '../migrations.js';
import { loadSettings } from '../config/settings.js';
import { runMigrations } from '../event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { findProjection, PROJECTIONS } from '../projections/projections.js';
import { formatProgress, type RebuildProgress } from '../projections/rebuild/progress.js';
import { insertJob } from '../projections/rebuild/rebuild-job-store.js';
import { acquireRebuildLock } from '../projections/rebuild/rebuild.js';
import { runRecordedRebuild } from '../projections/rebuild/recorded-rebuild.js';
import { runCli } from './run-cli.js';

const USAGE = `Usage: npm run rebuild [-- <projection>]
Replays the whole log into fresh read models and swaps them in; a running service keeps
serving the old ones meanwhile. Without a name, every projection is rebuilt in one pass.
Projections: ${PROJECTIONS.map((p) => p.name).join(', ')}`;

/** Redraws one line on a terminal; elsewhere (CI logs) prints a line every few seconds. */
function progressPrinter(): { show(progress: RebuildProgress): void; finish(progress: RebuildProgress | null): void } {
  const tty = process.stderr.isTTY;
  let lastPrinted = 0;
  return {
    show(progress) {
      if (tty) process.stderr.write(`\r${formatProgress(progress)}\x1b[K`);
      else if (Date.now() - lastPrinted >= 5000 || progress.phase !== 'replaying') {
        lastPrinted = Date.now();
        process.stderr.write(`${formatProgress(progress)}\n`);
      }
    },
    finish(progress) {
      if (tty && progress) process.stderr.write('\n');
    },
  };
}

await runCli('rebuild', async ({ log, args }) => {
  if (args.includes('--help') || args.includes('-h')) return log(USAGE);
  if (args.length > 1) throw new Error(`expected at most one projection name\n\n${USAGE}`);
  const projections = args[0] === undefined ? PROJECTIONS : [findProjection(args[0])];
  if (projections.some((p) => p === undefined)) throw new Error(`no projection "${args[0]}"\n\n${USAGE}`);
  const chosen = projections.filter((p) => p !== undefined);

  const settings = loadSettings();
  const database = await openDatabase(settings, log);
  const pool = new pg.Pool({ connectionString: database.url, max: 6 });
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await runMigrations(pool, ALL_MIGRATIONS);
    const lock = await acquireRebuildLock(pool, chosen);
    const printer = progressPrinter();
    let last: RebuildProgress | null = null;
    try {
      const job = await insertJob(pool, randomUUID(), chosen.map((p) => p.name));
      log(`Rebuilding ${chosen.map((p) => p.name).join(', ')} (job ${job.id})`);
      const result = await runRecordedRebuild(pool, createPostgresEventStore(pool), job.id, chosen, {
        signal: stop.signal,
        onProgress: (progress) => {
          last = progress;
          printer.show(progress);
        },
      });
      printer.finish(last);
      log(`Rebuilt ${result.events.toLocaleString('en-US')} events in ${result.seconds.toFixed(1)} s (${Math.round(result.events / result.seconds).toLocaleString('en-US')} events/s)`);
    } catch (error) {
      printer.finish(last);
      throw stop.signal.aborted ? new Error('cancelled; the live read models are unchanged') : error;
    } finally {
      await lock.release();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.end();
    await database.close();
  }
});
