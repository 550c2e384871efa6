import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { documentsIngested, documentsRejected } from '../../observability/metrics.js';
import { extractedFactReports } from '../facts/extracted-fact-reports.js';
import { type DocumentSubmission, type IngestDocumentResult, ingestDocument } from './ingest-document.js';

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
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: IngestDocumentCommand): Promise<IngestDocumentResult> {
    try {
      const result = await ingestDocument(this.store, command.submission, {
        source: 'api',
        correlationId: command.correlationId,
        reportFacts: extractedFactReports,
      });
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
