import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';
import { type IngestOutcome, ingestBatch, type Preparation, prepareSubmissions } from './ingest-batch.js';

/** Submissions for a worker thread to parse and find the facts of. */
export interface PrepareTask {
  readonly source: string;
  readonly correlationId?: string;
  readonly submissions: readonly DocumentSubmission[];
}

/** Ingests batches of documents; `close` releases whatever it holds. */
export interface IngestRunner {
  ingest(submissions: readonly DocumentSubmission[]): Promise<IngestOutcome[]>;
  /** Parsing and extraction alone, where the runner does them (the service's single documents). */
  prepare(submissions: readonly DocumentSubmission[], correlationId?: string): Promise<Preparation[]>;
  close(): Promise<void>;
}

export interface IngestRunnerOptions {
  readonly source: string;
  /** Worker threads; 0 runs everything on the caller's thread. Default: one per core. */
  readonly threads?: number;
}

// The worker thread's entry point lives with the other composition roots.
const WORKER_FILE = fileURLToPath(new URL('../../workers/ingest-worker.js', import.meta.url));

/**
 * Parsing and extraction, the CPU of ingesting, on worker threads when the compiled worker is
 * there (the built service and CLI), else on the caller's thread (ts-jest runs the sources,
 * which a worker thread cannot load). Deciding and appending stay on the caller's thread, one
 * batch at a time, while the threads prepare the next batches.
 */
export function createIngestRunner(store: EventStore, options: IngestRunnerOptions): IngestRunner {
  const threads = options.threads ?? availableParallelism();
  const oneBatchAtATime = pLimit(1);
  const pool =
    threads === 0 || !existsSync(WORKER_FILE)
      ? null
      : new Piscina<PrepareTask, Preparation[]>({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
  const prepare = (submissions: readonly DocumentSubmission[], correlationId?: string): Promise<Preparation[]> =>
    pool === null
      ? prepareSubmissions(submissions, { source: options.source, correlationId })
      : pool.run({ source: options.source, correlationId, submissions });
  return {
    ingest: (submissions) =>
      ingestBatch(store, submissions, {
        source: options.source,
        prepare: (fresh) => prepare(fresh),
        inTurn: (decide) => oneBatchAtATime(decide),
      }),
    prepare,
    close: async () => {
      await pool?.destroy();
    },
  };
}
