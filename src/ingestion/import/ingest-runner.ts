import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';
import { type IngestOutcome, ingestBatch } from './ingest-batch.js';

/** One batch for a worker thread: where the ledger is and what to ingest into it. */
export interface IngestTask {
  readonly databaseUrl: string;
  readonly poolSize: number;
  readonly source: string;
  readonly concurrency: number;
  readonly submissions: readonly DocumentSubmission[];
}

/** Ingests batches of documents; `close` releases whatever it holds. */
export interface IngestRunner {
  ingest(submissions: readonly DocumentSubmission[]): Promise<IngestOutcome[]>;
  close(): Promise<void>;
}

export interface IngestRunnerOptions {
  readonly source: string;
  /** Documents in flight per thread. */
  readonly concurrency?: number;
  /** Worker threads; 0 runs everything on the caller's thread. Default: one per core. */
  readonly threads?: number;
}

// The worker thread's entry point composes the store adapter, so it lives with the other composition roots.
const WORKER_FILE = fileURLToPath(new URL('../../workers/ingest-worker.js', import.meta.url));
const DEFAULT_CONCURRENCY = 8;
const POOL_SIZE_PER_THREAD = 4;

/**
 * Worker threads when the compiled worker is there (the built service and CLI), else the
 * caller's thread: ts-jest runs the sources, which a worker thread cannot load.
 */
export function createIngestRunner(
  store: EventStore,
  databaseUrl: string,
  options: IngestRunnerOptions,
): IngestRunner {
  const threads = options.threads ?? availableParallelism();
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (threads === 0 || !existsSync(WORKER_FILE)) {
    return {
      ingest: (submissions) => ingestBatch(store, submissions, { source: options.source, concurrency }),
      close: async () => undefined,
    };
  }
  // A task awaits the database; Atomics.wait between tasks would stall the thread's own I/O.
  const pool = new Piscina<IngestTask, IngestOutcome[]>({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
    atomics: 'disabled',
  });
  return {
    ingest: (submissions) =>
      pool.run({ databaseUrl, poolSize: POOL_SIZE_PER_THREAD, source: options.source, concurrency, submissions }),
    close: () => pool.destroy(),
  };
}
