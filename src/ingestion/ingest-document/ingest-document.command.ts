import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { extractedFactReports } from '../extraction/extracted-fact-reports.js';
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

  execute(command: IngestDocumentCommand): Promise<IngestDocumentResult> {
    return ingestDocument(this.store, command.submission, {
      source: 'api',
      correlationId: command.correlationId,
      reportFacts: extractedFactReports,
    });
  }
}
