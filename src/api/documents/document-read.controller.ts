import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { StoredDocumentDto } from './stored-document.dto.js';
import { ApiProblems } from '../openapi/problem-responses.js';

/**
 * A document's stored text, which every quote's offsets point into: the web page opens a
 * quote in its document with this. Read straight from the document's own stream.
 */
@ApiTags('documents')
@Controller('documents')
export class DocumentReadController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id')
  @ApiOperation({
    summary: 'One document as it was ingested: its text exactly as received, and what the parser read from it',
    description: 'Quote offsets (`provenance[].start`/`end` of a fact) are UTF-16 offsets into `text`.',
  })
  @ApiParam({ name: 'id', description: 'Document id, as given in a fact provenance or a story source' })
  @ApiOkResponse({ type: StoredDocumentDto })
  @ApiProblems([404, 'No document with this id'], 503)
  async get(@Param('id') id: string): Promise<StoredDocumentDto> {
    // Only the first event of a stream can be a document's: anything else is not a document.
    const [first] = id.length <= 200 ? await this.store.readStream(id, { limit: 1 }) : [];
    if (!first || first.type !== 'DocumentIngested') throw new NotFoundException(`No document ${id}`);
    const data = first.data as unknown as DocumentIngestedData;
    return {
      documentId: data.documentId,
      kind: data.kind,
      title: data.title ?? null,
      publisher: data.publisher ?? null,
      url: data.url ?? null,
      publishedAt: data.publishedAt ?? null,
      text: data.text,
      captions: [...(data.captions ?? [])],
      recordedAt: first.recordedAt.toISOString(),
    };
  }
}
