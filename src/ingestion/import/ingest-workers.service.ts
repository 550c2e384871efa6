import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';
import type { IngestOutcome, Preparation } from './ingest-batch.js';
import { createIngestRunner, type IngestRunner } from './ingest-runner.js';

/**
 * The service's ingestion: worker threads parse and extract, so no document, however large or
 * hostile, holds up the HTTP event loop with it; one core is left to that loop.
 */
@Injectable()
export class IngestWorkers implements OnApplicationShutdown {
  private readonly runner: IngestRunner;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.runner = createIngestRunner(store, { source: 'api', threads: Math.max(1, availableParallelism() - 1) });
  }

  ingest(submissions: readonly DocumentSubmission[]): Promise<IngestOutcome[]> {
    return this.runner.ingest(submissions);
  }

  /** One document parsed and its facts found on a worker thread. */
  async prepare(submission: DocumentSubmission, correlationId?: string): Promise<Preparation> {
    const [preparation] = await this.runner.prepare([submission], correlationId);
    return preparation!;
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.close();
  }
}
