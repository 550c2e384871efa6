import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { documentsIngested, documentsRejected } from '../../observability/metrics.js';
import { IngestWorkers } from '../import/ingest-workers.service.js';
import { type DocumentSubmission, type IngestDocumentResult, ingestPrepared } from './ingest-document.js';

export class IngestDocumentCommand extends Command<IngestDocumentResult> {
  constructor(
    readonly submission: DocumentSubmission,
    readonly correlationId?: string,
  ) {
    super();
  }
}

@CommandHandler(IngestDocumentCommand)
export class IngestDocumentHandler implements ICommandHandler<IngestDocumentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly workers: IngestWorkers,
  ) {}

  async execute(command: IngestDocumentCommand): Promise<IngestDocumentResult> {
    try {
      // Parsing and extraction on a worker thread: a large or hostile text holds up no other request.
      const preparation = await this.workers.prepare(command.submission, command.correlationId);
      if ('rejection' in preparation) {
        const { code, message, details } = preparation.rejection;
        throw new DomainError(code, message, { ...details });
      }
      const result = await ingestPrepared(this.store, preparation.prepared);
      documentsIngested.inc({ outcome: result.created ? 'recorded' : 'duplicate' });
      return result;
    } catch (error) {
      documentsRejected.inc({ reason: rejectionReason(error) });
      throw error;
    }
  }
}

/** A stable, bounded label: the parse error's code, else the domain error's, else "error". */
function rejectionReason(error: unknown): string {
  if (!(error instanceof DomainError)) return 'error';
  const parseError = error.details.parseError;
  return typeof parseError === 'string' ? parseError : error.code;
}
