import { Body, Controller, HttpCode, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { IngestWorkers } from '../../ingestion/import/ingest-workers.service.js';
import { IngestDocumentCommand } from '../../ingestion/ingest-document/ingest-document.command.js';
import { BearerTokenGuard } from '../auth/bearer-token.guard.js';
import { domainProblem } from '../problem-details.filter.js';
import { IngestDocumentBatchDto, IngestDocumentDto, MAX_BATCH_DOCUMENTS } from './ingest-document.dto.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { BatchAnswerDto, IngestResultDto } from './ingest-result.dto.js';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly workers: IngestWorkers,
  ) {}

  @Post()
  @UseGuards(BearerTokenGuard)
  @ApiBearerAuth()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Ingest a news document',
    description:
      'Appends the document, its story (current-events entries: every revision of a page joins one story) and its facts in one atomic write. The same text again writes nothing.',
  })
  @ApiBody({ type: IngestDocumentDto })
  @ApiCreatedResponse({
    type: IngestResultDto,
    description:
      'Written. Concurrent posts of the same text: exactly one answers created; conflicts with other writers are retried, never answered 409.',
  })
  @ApiOkResponse({ type: IngestResultDto, description: 'Already ingested: nothing written, `position` is the head of the log' })
  @ApiProblems([400, 'Invalid body or unknown fields'])
  @ApiProblems([401, 'Missing or wrong bearer token'])
  @ApiProblems([413, 'Body over 1 MiB'])
  @ApiProblems([415, 'Body not application/json (never read)'])
  @ApiProblems([503, 'The database is unavailable; nothing was written (Retry-After)'])
  @ApiProblems([
    422,
    'The text cannot be read as a document: `code` PARSE_ERROR, `parseError` (EMPTY_DOCUMENT, DOCUMENT_TOO_LARGE, HTML_TOO_DEEP, TOO_MANY_ELEMENTS, TOO_MANY_ITEMS, BINARY_CONTENT, INVALID_ENCODING, NO_TEXT, MISSING_ENTRY_DATE, MISSING_HEADLINE, DAY_INDEX, MALFORMED_LINE, MALFORMED_JSON, KIND_MISMATCH) and, where it is on one, the `line`',
  ])
  async ingest(@Body() body: IngestDocumentDto, @Res({ passthrough: true }) response: Response): Promise<IngestResultDto> {
    const result = await this.commands.execute(new IngestDocumentCommand(body));
    if (!result.created) response.status(HttpStatus.OK);
    return result;
  }

  @Post('batch')
  @UseGuards(BearerTokenGuard)
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Ingest many news documents',
    description:
      `Up to ${MAX_BATCH_DOCUMENTS} documents (the request at most 1 MiB), each ingested as by POST /documents: its own ` +
      'atomic write, so one unreadable document is rejected alone and the others are written. Documents already in ' +
      'the ledger are found in one look-up and not read again. Parsing and extraction run on worker threads.',
  })
  @ApiBody({ type: IngestDocumentBatchDto })
  @ApiOkResponse({
    type: BatchAnswerDto,
    description:
      'One result per document, in order: created (with its events), already-ingested, or rejected with the problem POST /documents would answer (422, with parseError)',
  })
  @ApiProblems([400, `Not 1 to ${MAX_BATCH_DOCUMENTS} documents, or a document breaks the schema (naming documents.<i>.<field>); nothing is written`])
  @ApiProblems([401, 'Missing or wrong bearer token'])
  @ApiProblems([413, 'Body over 1 MiB'])
  @ApiProblems(415, 503)
  async ingestBatch(@Body() body: IngestDocumentBatchDto): Promise<BatchAnswerDto> {
    const outcomes = await this.workers.ingest(body.documents);
    const results = outcomes.map((outcome, index) =>
      outcome.status === 'rejected'
        ? { index, status: outcome.status, problem: domainProblem(outcome.rejection, `/documents/batch#/documents/${index}`) }
        : { index, ...outcome },
    );
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    return { created: count('created'), alreadyIngested: count('already-ingested'), rejected: count('rejected'), results };
  }
}
