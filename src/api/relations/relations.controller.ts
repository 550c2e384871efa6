import { Controller, Get, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { MinPositionInterceptor } from '../min-position.interceptor.js';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { toClocks } from '../../projections/read-query/clocks.js';
import { ClocksQuery } from '../../projections/read-query/read-query.dto.js';
import { COUNTRY_CODE } from '../facts/facts.dto.js';
import { ConditionalGet, sendJsonBody } from '../json-body-response.js';
import { GetRelationsQuery } from './relations.queries.js';
import { invalidInput } from '../problem-details.filter.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { RelationsDto } from './relations.dto.js';

const EXAMPLE = {
  countries: ['RUS', 'USA'],
  validAt: '2017-09-05',
  knownAt: null,
  ties: { status: 'normal', measure: null, restored: null },
  contactsSuspended: [],
  sides: [
    {
      country: 'RUS',
      in: 'USA',
      missions: [
        {
          place: 'San Francisco',
          facility: 'consulate-general',
          status: 'closed',
          since: { value: '2017-09-02', precision: 'day' },
          closure: null,
          factIds: ['fact-consulate-closed-usa-rus-2017-08'],
        },
      ],
      staffCaps: [],
      expulsions: [
        {
          by: 'USA',
          status: 'in-effect',
          count: 35,
          approximate: false,
          orderedOn: { value: '2016-12-29', precision: 'day' },
          effectiveOn: null,
          factIds: ['fact-diplomats-expelled-usa-rus-2016-12'],
        },
      ],
      seizedProperty: [],
      sanctions: [],
      restrictions: [],
    },
    {
      country: 'USA',
      in: 'RUS',
      missions: [],
      staffCaps: [
        {
          by: 'RUS',
          status: 'in-effect',
          cap: 455,
          reduction: 755,
          from: null,
          approximate: false,
          orderedOn: { value: '2017-07-30', precision: 'day' },
          effectiveOn: { value: '2017-09-01', precision: 'day' },
          factIds: ['fact-staff-reduction-ordered-rus-usa-2017-07'],
        },
      ],
      expulsions: [],
      seizedProperty: [],
      sanctions: [],
      restrictions: [],
    },
  ],
};

@ApiProblems(400, [503, 'The database is unavailable, or minPosition was not reached within 5 s; Retry-After'])
@ApiTags('relations')
@UseInterceptors(MinPositionInterceptor)
@Controller('relations')
export class RelationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':a/:b')
  @ApiOperation({
    summary: 'The state of relations between two countries',
    description:
      "Per side (the country bearing the measures): its missions in the other country (open/closed, since when, closures ordered), caps on its staff there with effective dates, its diplomats expelled, its property seized, sanctions against it (with `eased` once the imposing country eased them) and other restrictions (institutions closed, diplomats detained or their travel restricted, local hiring banned, entry bans, embassy raids), each with who imposed it and the facts behind it. " +
      '`ties`: relations normal, downgraded or suspended until restored; `contactsSuspended`: suspensions of high-level contacts. A reopened mission is open again. Only facts that happened (enacted, ordered, announced) count; threats, demands, denials and the like do not. ' +
      '`validAt` (default today): the state on that date, by everything known now; a measure ordered for a later date is `pending`. `knownAt`: only what had been reported by then. The order of the two countries does not matter.',
  })
  @ApiParam({ name: 'a', description: 'ISO 3166 alpha-3', example: 'RUS' })
  @ApiParam({ name: 'b', description: 'ISO 3166 alpha-3', example: 'USA' })
  @ApiOkResponse({ type: RelationsDto, description: 'The state of relations', example: EXAMPLE })
  @ApiProblems([400, 'A country code or clock is malformed'])
  @ConditionalGet()
  async get(
    @Param('a') a: string,
    @Param('b') b: string,
    @Query() query: ClocksQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const [first, second] = [a.toUpperCase(), b.toUpperCase()];
    for (const [field, code] of [['a', first], ['b', second]] as const) {
      if (!COUNTRY_CODE.test(code)) throw invalidInput(field, `"${code}" is not an ISO 3166 alpha-3 country code, e.g. RUS`);
    }
    if (first === second) throw invalidInput('b', 'Relations need two different countries');
    sendJsonBody(request, response, await this.queries.execute(new GetRelationsQuery(first, second, toClocks(query))));
  }
}
