/**
 * Ingest throughput: generated ~2 KB news documents (bench/support/news-corpus.ts, written to
 * an NDJSON file before the clock starts and read back as `npm run import -- -` reads one)
 * through `npm run import`'s path: batches parsed and extracted on worker threads, each batch
 * decided on the main thread and appended in one transaction, with the projections following
 * live in this process; the clock stops when both projections have applied the last event.
 * Then the same documents again (all already in the ledger). Peak RSS is sampled every 50 ms
 * for the whole process (worker threads included); the event-loop delay shows what an HTTP
 * server on the main thread would feel. CPU per document is printed for the process, its main
 * thread, and the PostgreSQL server.
 *
 * The floor: the same events appended by the store alone, into a fresh ledger (appendSameEvents).
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:ingest [-- <documents> [<threads>]]
 * It creates its own database next to DATABASE_URL's and drops it at the end.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type pg from 'pg';
import type { NewEvent, StreamAppend } from '../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../src/event-store/postgres/event-store-migrations.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ALL_MIGRATIONS } from '../src/migrations.js';
import { runMigrations } from '../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { createIngestRunner } from '../src/ingestion/import/ingest-runner.js';
import { runImport } from '../src/ingestion/import/import-run.js';
import { type ImportItem, readNdjson } from '../src/ingestion/import/import-sources.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { recordCheck, recordFigure } from './support/bench-report.js';
import { newsCorpusFile } from './support/news-corpus-file.js';
import { threadCpuSeconds } from './support/thread-cpu.js';
import { postgresCpuSeconds } from './support/postgres-cpu.js';
import { createScratchDatabase } from './support/scratch-database.js';

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server the benchmark may create a database on');
const count = Number(process.argv[2] ?? 50_000);
const threads = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
// Of the store's own append of the same events (issue 19).
const TARGET_RATIO = 0.5;
// Transactions the floor reads at once (each a batch of the ingest: ~1,100 events).
const FLOOR_TRANSACTIONS_READ = 4;

// The documents are generated before the clock starts (faker costs ~0.3 ms of CPU a document,
// which the import of real files does not pay) and read back as `npm run import -- -` reads NDJSON.
const corpusStarted = performance.now();
const corpus = await newsCorpusFile(count);
console.log(`corpus: ${corpus} (${((performance.now() - corpusStarted) / 1000).toFixed(1)} s to generate or find, not timed)`);
const items = (): AsyncGenerator<ImportItem> =>
  readNdjson(createReadStream(corpus), (value) => value as { text: string }, 'corpus');

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

const db = await createScratchDatabase(adminUrl, 4);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
try {
  await runMigrations(db.pool, ALL_MIGRATIONS);
  const store = createPostgresEventStore(db.pool);
  const projections = new ProjectionRunner(db.pool, store, PROJECTIONS, {
    onError: (name, error) => console.error(`projection ${name}:`, error),
  });
  projections.start();
  const runner = createIngestRunner(store, { source: 'bench', threads });
  try {
    let chars = 0;
    const rejections = new Map<string, number>();
    const measured = (async function* () {
      for await (const item of items()) {
        if ('submission' in item) chars += item.submission.text.length;
        yield item;
      }
    })();

    loopDelay.enable();
    const nodeCpu = process.cpuUsage();
    const mainCpu = await threadCpuSeconds();
    const pgCpu = await postgresCpuSeconds(db.pool);
    const started = performance.now();
    const tally = await runImport(measured, runner, {
      onRejected: (_source, rejection) => {
        const reason = String(rejection.details.parseError ?? rejection.code);
        rejections.set(reason, (rejections.get(reason) ?? 0) + 1);
      },
      onProgress: (t) => {
        if (t.done % 10_000 === 0) console.log(`  ${t.done} documents, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    });
    const appended = performance.now();
    await projections.waitUntilCaughtUp({ position: await store.headPosition(), timeoutMs: 30 * 60_000 });
    const projected = performance.now();
    loopDelay.disable();
    const nodeSeconds = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(nodeCpu));
    const mainSeconds = (await threadCpuSeconds()) - mainCpu;
    const pgSeconds = pgCpu === null ? null : (await postgresCpuSeconds(db.pool))! - pgCpu;

    const seconds = (ms: number) => ms / 1000;
    console.log(
      `${count} documents, ${(chars / (count - tally.rejected || 1) / 1024).toFixed(2)} KB average: ${tally.created} new, ` +
        `${tally.rejected} rejected ${JSON.stringify(Object.fromEntries(rejections))}, ${tally.eventsWritten} events`,
    );
    console.log(
      `appended in ${seconds(appended - started).toFixed(1)} s (${(count / seconds(appended - started)).toFixed(0)} documents/s); ` +
        `projected too in ${seconds(projected - started).toFixed(1)} s: ${(count / seconds(projected - started)).toFixed(0)} documents/s`,
    );
    console.log(
      `peak RSS ${mb(peakRss)}; main event loop delay p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, ` +
        `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`,
    );

    // What the work costs, whatever else shares the machine: CPU seconds per document of this
    // process (main and worker threads) and of the PostgreSQL server.
    const perDocument = (cpuSeconds: number) => `${((cpuSeconds / count) * 1000).toFixed(2)} ms`;
    console.log(
      `CPU per document: this process ${perDocument(nodeSeconds)} (main thread ${perDocument(mainSeconds)}, ` +
        `worker and helper threads ${perDocument(nodeSeconds - mainSeconds)})` +
        (pgSeconds === null ? ' (PostgreSQL not on this machine)' : `, PostgreSQL ${perDocument(pgSeconds)}`) +
        `; ${(count / (nodeSeconds + (pgSeconds ?? 0))).toFixed(0)} documents per CPU-second; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    );

    const floor = await appendSameEvents(db.pool, adminUrl, Math.max(1, threads ?? availableParallelism()));
    console.log(
      `floor: the store's own append of the same ${floor.events} events (${floor.transactions} atomic appends, ` +
        `${floor.concurrency} at once) in ${floor.seconds.toFixed(1)} s: ${(count / floor.seconds).toFixed(0)} documents/s`,
    );
    recordFigure({
      bench: 'ingest',
      name: `ingest of ${count} generated ~2 KB documents, appended (parse, extraction, decisions, append)`,
      value: count / seconds(appended - started),
      unit: 'documents/s',
      better: 'higher',
      floor: { name: "the store's own append of the same events", value: count / floor.seconds },
      target: TARGET_RATIO,
    });
    recordFigure({
      bench: 'ingest',
      name: `same, until both projections applied the last event`,
      value: count / seconds(projected - started),
      unit: 'documents/s',
      better: 'higher',
      floor: { name: "the store's own append of the same events", value: count / floor.seconds },
    });

    const againStarted = performance.now();
    const again = await runImport(items(), runner, { onRejected: () => undefined });
    const againSeconds = seconds(performance.now() - againStarted);
    recordCheck({
      bench: 'ingest',
      name: 'the same documents again write nothing',
      ok: again.eventsWritten === 0 && again.alreadyIngested === tally.created,
      detail: `${again.alreadyIngested} already ingested of ${tally.created} created, ${again.eventsWritten} events written`,
    });
    console.log(
      `again: ${again.alreadyIngested} already ingested, ${again.eventsWritten} events written, ` +
        `${againSeconds.toFixed(1)} s (${(count / againSeconds).toFixed(0)} documents/s); peak RSS ${mb(peakRss)}`,
    );
  } finally {
    await runner.close();
    await projections.stop();
  }
} finally {
  clearInterval(sampler);
  await db.drop();
}

/**
 * The floor: the events the ingest wrote, read back and appended to a fresh ledger by the store
 * itself, one atomic append per ingest transaction (a batch's streams together), as many at
 * once as the ingest had worker threads; nothing parsed, extracted or decided. The events are
 * read a few transactions at a time, off the clock, so that the floor's memory stays that of
 * a few batches whatever the count.
 */
async function appendSameEvents(source: pg.Pool, adminUrl: string, concurrency: number) {
  const { rows: ids } = await source.query<{ transaction_id: string }>(
    'SELECT DISTINCT transaction_id::text FROM events ORDER BY 1',
  );
  const target = await createScratchDatabase(adminUrl, concurrency);
  try {
    await runMigrations(target.pool, eventStoreMigrations);
    const store = createPostgresEventStore(target.pool);
    let [events, seconds] = [0, 0];
    for (let at = 0; at < ids.length; at += FLOOR_TRANSACTIONS_READ) {
      const appends = await readTransactions(source, ids.slice(at, at + FLOOR_TRANSACTIONS_READ).map((row) => row.transaction_id));
      events += appends.reduce((sum, append) => sum + append.reduce((n, stream) => n + stream.events.length, 0), 0);
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < appends.length) await store.appendMany(appends[next++]!);
        }),
      );
      seconds += (performance.now() - started) / 1000;
    }
    return { events, transactions: ids.length, concurrency, seconds };
  } finally {
    await target.drop();
  }
}


/** The appends of each transaction, its streams in the order of their first event. */
async function readTransactions(source: pg.Pool, transactionIds: readonly string[]): Promise<StreamAppend[][]> {
  const { rows } = await source.query<{ transaction_id: string; stream_id: string; event: NewEvent }>(
    `SELECT transaction_id::text, stream_id,
            jsonb_build_object('eventId', event_id, 'type', type, 'schemaVersion', schema_version, 'data', data, 'metadata', metadata) AS event
       FROM events WHERE transaction_id = ANY($1::xid8[]) ORDER BY transaction_id, global_position`,
    [transactionIds],
  );
  const transactions = new Map<string, Map<string, NewEvent[]>>();
  for (const row of rows) {
    const streams = transactions.get(row.transaction_id) ?? new Map<string, NewEvent[]>();
    transactions.set(row.transaction_id, streams);
    streams.set(row.stream_id, [...(streams.get(row.stream_id) ?? []), row.event]);
  }
  return [...transactions.values()].map((streams) => [...streams].map(([streamId, events]) => ({ streamId, events })));
}
