import { Controller, Get, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { MinPositionInterceptor } from '../min-position.interceptor.js';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { toClocks } from '../../projections/read-query/clocks.js';
import { decodeCursor } from '../../projections/read-query/page-cursor.js';
import { KnownAtQuery } from '../../projections/read-query/read-query.dto.js';
import { ConditionalGet, sendJsonBody } from '../json-body-response.js';
import { FactDto, FactsPageDto, FactsQuery } from './facts.dto.js';
import { ExportFactsPageQuery, GetFactQuery, ListFactsQuery } from './facts.queries.js';
import { allPages, exportFormat, sendCsv, sendNdjson } from '../exports/export-format.js';
import { FACTS_CSV_COLUMNS, factCsvRecord } from '../exports/facts-export.js';
import { invalidInput } from '../problem-details.filter.js';
import { ApiProblems } from '../openapi/problem-responses.js';

// Every fact comes with its provenance and history: pages stay small by default.
const FACTS_PAGE_SIZE = 20;

@ApiProblems(400, [503, 'The database is unavailable, or minPosition was not reached within 5 s; Retry-After'])
@ApiTags('facts')
@UseInterceptors(MinPositionInterceptor)
@Controller('facts')
export class FactsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Facts in valid-time order (by the day each is known to have happened)',
    description:
      'Each fact with its current values, every provenance (document, quote, offsets), the number of independent documents that report it, disputes and its event history. ' +
      '`validAt` keeps facts that had happened by that date; `knownAt` folds only what had been reported by then.',
  })
  @ApiExtraModels(FactsPageDto)
  @ApiOkResponse({
    description: 'A page (JSON), or every fact as CSV or NDJSON (`format`)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(FactsPageDto) } },
      'text/csv': { schema: { type: 'string', description: `Columns: ${FACTS_CSV_COLUMNS.join(', ')}` } },
      'application/x-ndjson': { schema: { type: 'string', description: 'One fact per line, as GET /facts/{id} answers it' } },
    },
  })
  @ConditionalGet()
  async list(@Query() query: FactsQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (query.validFrom && query.validTo && query.validFrom > query.validTo) {
      throw invalidInput('validFrom', 'validFrom must not be after validTo');
    }
    const { type, actor, target, validFrom, validTo } = query;
    const format = exportFormat(request, query.format, ['csv', 'ndjson']);
    if (format !== null) {
      const facts = allPages(
        (cursor) =>
          this.queries.execute(
            new ExportFactsPageQuery({ type, actor, target, validFrom, validTo }, toClocks(query), {
              after: cursor ? decodeCursor(cursor) : null,
              limit: FACTS_PAGE_SIZE,
            }),
          ),
        query.cursor ?? null,
      );
      if (format === 'csv') return sendCsv(response, 'facts.csv', FACTS_CSV_COLUMNS, facts, factCsvRecord);
      return sendNdjson(response, 'facts.ndjson', facts);
    }
    const page = await this.queries.execute(
      new ListFactsQuery({ type, actor, target, validFrom, validTo }, toClocks(query), {
        after: query.cursor ? decodeCursor(query.cursor) : null,
        limit: query.limit ?? FACTS_PAGE_SIZE,
      }),
    );
    sendJsonBody(request, response, page);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One fact with provenance, corroboration, disputes and history',
    description:
      'A fact merged into another (FactsMerged: two facts found to be one event) answers 308 Permanent Redirect to the survivor, ' +
      'whose provenance, disputes and history hold the absorbed fact\'s reports (each provenance entry names it in `mergedFrom`). ' +
      'At a `knownAt` before the merge was known, the absorbed fact is answered as it stood.',
  })
  @ApiParam({ name: 'id', example: 'fact-0190a8f2-5c3e-7b1d-9a4e-2f6b8c1d0e3a', description: 'Opaque: fact- and a UUIDv7' })
  @ApiOkResponse({ type: FactDto })
  @ApiResponse({
    status: 308,
    description: 'The fact was merged into another: Location is the survivor, /facts/{survivor id}, with the same query',
    headers: { Location: { description: 'The surviving fact', schema: { type: 'string', example: '/facts/fact-0190a8f2-5c3e-7b1d-9a4e-2f6b8c1d0e3a' } } },
  })
  @ApiProblems([404, 'No such fact, or not reported by `knownAt`'])
  async get(@Param('id') id: string, @Query() query: KnownAtQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const found = await this.queries.execute(new GetFactQuery(id, toClocks(query).knownAt));
    if ('fact' in found) {
      response.json(found.fact);
      return;
    }
    const search = request.originalUrl.indexOf('?');
    response.redirect(308, `/facts/${encodeURIComponent(found.mergedInto)}${search < 0 ? '' : request.originalUrl.slice(search)}`);
  }
}
