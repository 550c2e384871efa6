import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { DATABASE_URL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';
import type { IngestOutcome } from './ingest-batch.js';
import { createIngestRunner, type IngestRunner } from './ingest-runner.js';

/**
 * The service's batch ingestion: worker threads parse and extract, so a batch of documents
 * does not hold up the HTTP event loop; one core is left to it.
 */
@Injectable()
export class IngestWorkers implements OnApplicationShutdown {
  private readonly runner: IngestRunner;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(DATABASE_URL) databaseUrl: string) {
    this.runner = createIngestRunner(store, databaseUrl, { source: 'api', threads: Math.max(1, availableParallelism() - 1) });
  }

  ingest(submissions: readonly DocumentSubmission[]): Promise<IngestOutcome[]> {
    return this.runner.ingest(submissions);
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.close();
  }
}
