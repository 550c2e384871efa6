import pg from 'pg';
import type { EventStore } from '../event-store/event-store.port.js';
import { createPostgresEventStore } from '../event-store/postgres/postgres-event-store.js';
import { type IngestOutcome, ingestBatch } from '../ingestion/import/ingest-batch.js';
import type { IngestTask } from '../ingestion/import/ingest-runner.js';

// One pool per worker thread, opened by its first task and kept for the thread's life.
let store: { url: string; store: EventStore } | null = null;

function storeFor(task: IngestTask): EventStore {
  if (store?.url !== task.databaseUrl) {
    const pool = new pg.Pool({ connectionString: task.databaseUrl, max: task.poolSize });
    // An idle connection dropped by the server must not end the thread; the next query reconnects.
    pool.on('error', () => undefined);
    store = { url: task.databaseUrl, store: createPostgresEventStore(pool) };
  }
  return store.store;
}

/** Parsing, extraction and deciding run here, off the caller's event loop (piscina's entry point). */
export default function ingestInWorker(task: IngestTask): Promise<IngestOutcome[]> {
  return ingestBatch(storeFor(task), task.submissions, { source: task.source, concurrency: task.concurrency });
}
