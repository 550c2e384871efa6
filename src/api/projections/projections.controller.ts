import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UseGuards,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  } from '@nestjs/swagger';
import type { Response } from 'express';
import { findProjection, PROJECTIONS } from '../../projections/projections.js';
import { RebuildInProgressError } from '../../projections/rebuild/rebuild.js';
import { RebuildJobs } from '../../projections/rebuild/rebuild-jobs.js';
import { BearerTokenGuard } from '../auth/bearer-token.guard.js';
import { GetProjectionsOverviewQuery, GetRebuildJobQuery } from './projections.queries.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { ProjectionsOverviewDto, RebuildJobDto } from './projections.dto.js';

const ALL = 'all';

@ApiTags('projections')
@Controller('projections')
export class ProjectionsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly jobs: RebuildJobs,
  ) {}

  @Get()
  @ApiOperation({
    summary: "Every projection's checkpoint and lag, and recent rebuild jobs with their progress",
  })
  @ApiOkResponse({ type: ProjectionsOverviewDto })
  @ApiProblems(503)
  overview(): Promise<ProjectionsOverviewDto> {
    return this.queries.execute(new GetProjectionsOverviewQuery());
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'One rebuild job' })
  @ApiOkResponse({ type: RebuildJobDto })
  @ApiProblems([400, 'The id is not a UUID'], [404, 'No such job'], 503)
  async job(@Param('id', new ParseUUIDPipe()) id: string): Promise<RebuildJobDto> {
    const job = await this.queries.execute(new GetRebuildJobQuery(id));
    if (!job) throw new NotFoundException(`No rebuild job ${id}`);
    return job;
  }

  @Post(':name/rebuild')
  @UseGuards(BearerTokenGuard)
  @ApiBearerAuth()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Rebuild a read model from position 0 while the old one keeps serving',
    description:
      'Replays the whole log into a fresh generation, then swaps it in atomically. Returns the job at once; follow it on GET /projections or GET /projections/jobs/{id}. `all` rebuilds every projection in one pass.',
  })
  @ApiParam({ name: 'name', enum: [...PROJECTIONS.map((p) => p.name), ALL] })
  @ApiAcceptedResponse({ type: RebuildJobDto, description: 'The job, running; Location names it' })
  @ApiProblems(401)
  @ApiProblems([404, 'No such projection'])
  @ApiProblems([409, 'A rebuild of that projection is already running'], 503)
  async rebuild(@Param('name') name: string, @Res({ passthrough: true }) response: Response): Promise<RebuildJobDto> {
    const projection = findProjection(name);
    if (!projection && name !== ALL) {
      throw new NotFoundException(`No projection "${name}"; known: ${[...PROJECTIONS.map((p) => p.name), ALL].join(', ')}`);
    }
    try {
      const job = await this.jobs.start(projection ? [projection] : PROJECTIONS);
      response.location(`/projections/jobs/${job.id}`);
      return job;
    } catch (error) {
      if (error instanceof RebuildInProgressError) throw new ConflictException(error.message);
      throw error;
    }
  }
}
