import { type Preparation, prepareSubmissions } from '../ingestion/import/ingest-batch.js';
import type { PrepareTask } from '../ingestion/import/ingest-runner.js';

/** Parsing and extraction run here, off the caller's event loop (piscina's entry point). */
export default function prepareInWorker(task: PrepareTask): Promise<Preparation[]> {
  return prepareSubmissions(task.submissions, { source: task.source, correlationId: task.correlationId });
}
