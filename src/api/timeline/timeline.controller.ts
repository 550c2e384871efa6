import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { MinPositionInterceptor } from '../min-position.interceptor.js';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toClocks } from '../../projections/read-query/clocks.js';
import { decodeCursor } from '../../projections/read-query/page-cursor.js';
import { TimelinePageDto, TimelineQuery } from './timeline.dto.js';
import { GetTimelineQuery } from './timeline.queries.js';
import { invalidInput } from '../problem-details.filter.js';
import { ApiProblems } from '../openapi/problem-responses.js';

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
  @ApiOkResponse({ type: TimelinePageDto })
    get(@Query() query: TimelineQuery) {
    if (query.validFrom && query.validTo && query.validFrom > query.validTo) {
      throw invalidInput('validFrom', 'validFrom must not be after validTo');
    }
    const countries = query.countries ? [...new Set(query.countries.split(','))] : undefined;
    return this.queries.execute(
      new GetTimelineQuery({ countries, validFrom: query.validFrom, validTo: query.validTo }, toClocks(query), {
        after: query.cursor ? decodeCursor(query.cursor) : null,
        limit: query.limit ?? 50,
      }),
    );
  }
}
