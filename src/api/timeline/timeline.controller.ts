import { Controller, Get, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MinPositionInterceptor } from '../min-position.interceptor.js';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { toClocks } from '../../projections/read-query/clocks.js';
import { decodeCursor } from '../../projections/read-query/page-cursor.js';
import { TimelineJsDto, TimelinePageDto, TimelineQuery } from './timeline.dto.js';
import { GetTimelineQuery } from './timeline.queries.js';
import { invalidInput } from '../problem-details.filter.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { allPages, exportFormat, sendCsv, sendJsonWithEvents } from '../exports/export-format.js';
import { TIMELINE_CSV_COLUMNS, timelineCsvRecord, timelineJsEvent } from '../exports/timeline-export.js';
import type { TimelineEntry } from '../../projections/timeline/timeline.reader.js';

const EXPORT_PAGE_SIZE = 200;

@ApiProblems(400, [503, 'The database is unavailable, or minPosition was not reached within 5 s; Retry-After'])
@ApiTags('timeline')
@UseInterceptors(MinPositionInterceptor)
@Controller('timeline')
export class TimelineController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Facts in valid-time order, each with a one-line summary',
    description:
      'Summaries are generated from the typed fields. `validAt` ends the timeline at that date; `knownAt` shows it as reported by then. Retracted facts are left out.',
  })
  @ApiExtraModels(TimelinePageDto, TimelineJsDto)
  @ApiOkResponse({
    description: 'A page (JSON), or the whole timeline as CSV or TimelineJS JSON (`format`)',
    content: {
      'application/json': { schema: { oneOf: [{ $ref: getSchemaPath(TimelinePageDto) }, { $ref: getSchemaPath(TimelineJsDto) }] } },
      'text/csv': { schema: { type: 'string', description: `Columns: ${TIMELINE_CSV_COLUMNS.join(', ')}` } },
    },
  })
  async get(@Query() query: TimelineQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (query.validFrom && query.validTo && query.validFrom > query.validTo) {
      throw invalidInput('validFrom', 'validFrom must not be after validTo');
    }
    const countries = query.countries ? [...new Set(query.countries.split(','))] : undefined;
    const read = (cursor: string | null, limit: number) =>
      this.queries.execute(
        new GetTimelineQuery({ countries, validFrom: query.validFrom, validTo: query.validTo }, toClocks(query), {
          after: cursor ? decodeCursor(cursor) : null,
          limit,
        }),
      );
    const format = exportFormat(request, query.format, ['csv', 'timelinejs']);
    if (format === null) {
      response.json(await read(query.cursor ?? null, query.limit ?? 50));
      return;
    }
    const entries = allPages((cursor) => read(cursor, EXPORT_PAGE_SIZE), query.cursor ?? null);
    if (format === 'csv') return sendCsv(response, 'timeline.csv', TIMELINE_CSV_COLUMNS, entries, timelineCsvRecord);
    const title = { text: { headline: countries ? `Newsledger: ${countries.join(', ')}` : 'Newsledger' } };
    return sendJsonWithEvents(response, 'timeline.json', { title }, slides(entries));
  }
}

async function* slides(entries: AsyncIterable<TimelineEntry>): AsyncGenerator<object> {
  for await (const entry of entries) {
    const slide = timelineJsEvent(entry);
    if (slide) yield slide;
  }
}
