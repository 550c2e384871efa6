import { Controller, Get, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { MinPositionInterceptor } from '../min-position.interceptor.js';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { toClocks } from '../../projections/read-query/clocks.js';
import { decodeCursor } from '../../projections/read-query/page-cursor.js';
import { ConditionalGet, sendJsonBody } from '../json-body-response.js';
import {
  StoriesPageDto,
  StoriesQuery,
  StoryDiffDto,
  StoryDiffQuery,
  StoryDto,
  StoryQuery,
  StoryVersionDto,
  StoryVersionsDto,
  StoryVersionsQuery,
} from './stories.dto.js';
import {
  DiffStoryVersionsQuery,
  GetStoryQuery,
  GetStoryVersionQuery,
  GetStoryVersionsQuery,
  ListStoriesQuery,
} from './stories.queries.js';
import { invalidInput } from '../problem-details.filter.js';
import { ApiProblems } from '../openapi/problem-responses.js';

const STORY_ID = {
  name: 'id',
  description:
    'Story id, e.g. story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae. Any id of the story answers (a story merged into it, the page of any of its versions); the answer carries the story’s own id.',
};

@ApiProblems(400, [503, 'The database is unavailable, or minPosition was not reached within 5 s; Retry-After'])
@ApiTags('stories')
@UseInterceptors(MinPositionInterceptor)
@Controller('stories')
export class StoriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Stories, newest entry date first',
    description:
      'Each with the headline of its newest version known at `knownAt` (default: now) and how many facts its documents report. `validAt` keeps stories dated on or before it; `q` keeps those whose headlines or summaries (any version, any revision) contain the words. Revisions of one page are one story; a story merged into another is listed only under that one.',
  })
  @ApiOkResponse({ type: StoriesPageDto })
  list(@Query() query: StoriesQuery) {
    return this.queries.execute(
      new ListStoriesQuery(toClocks(query), {
        after: query.cursor ? decodeCursor(query.cursor) : null,
        limit: query.limit ?? 50,
        text: query.q,
      }),
    );
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One story: current headline, category, summary, date, the documents that are its revisions, sources and related entries',
    description:
      'At `knownAt`, the headline of the newest version reported by then, and only sources and links recorded by then. Related entries are links, never text: `related[].storyId` is the related story when it is in the ledger, else null. 404 when the story was not known yet.',
  })
  @ApiParam(STORY_ID)
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems([404, 'No such story, or not known at `knownAt`'])
  @ConditionalGet()
  async get(@Param('id') id: string, @Query() query: StoryQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    sendJsonBody(request, response, await this.queries.execute(new GetStoryQuery(id, toClocks(query))));
  }

  @Get(':id/versions')
  @ApiOperation({
    summary: 'Every version of the story in order: one history over all revisions of its page',
    description: 'One version per page slug, ordered by the times Changes lists give them; a current version without a time comes at its document time. `storyId` is the story’s own id even when asked by another of its ids.',
  })
  @ApiParam(STORY_ID)
  @ApiOkResponse({ type: StoryVersionsDto })
  @ApiProblems([404, 'No such story, or not known at `knownAt`'])
  async versions(@Param('id') id: string, @Query() query: StoryVersionsQuery): Promise<StoryVersionsDto> {
    const { storyId, versions } = await this.queries.execute(new GetStoryVersionsQuery(id, toClocks(query).knownAt));
    // The whole history is one page: a story has a handful of versions.
    return { storyId, items: [...versions], next: null };
  }

  @Get(':id/versions/:n')
  @ApiOperation({ summary: 'One version of the story' })
  @ApiParam(STORY_ID)
  @ApiParam({ name: 'n', description: 'Version number, from 1', example: 2 })
  @ApiOkResponse({ type: StoryVersionDto })
  @ApiProblems([404, 'No such version, or not known at `knownAt`'])
  version(@Param('id') id: string, @Param('n') n: string, @Query() query: StoryVersionsQuery) {
    if (!/^[1-9]\d{0,8}$/.test(n)) throw invalidInput('n', 'The version number must be a whole number from 1');
    return this.queries.execute(new GetStoryVersionQuery(id, Number(n), toClocks(query).knownAt));
  }

  @Get(':id/diff')
  @ApiOperation({
    summary: 'Word-level diff of two versions’ headlines',
    description: 'For the seed entry, from=1&to=2 shows the inserted "Russia-United States relations:" prefix and "United States" changed to "U.S.".',
  })
  @ApiParam(STORY_ID)
  @ApiOkResponse({ type: StoryDiffDto })
  @ApiProblems([404, 'No such story or version, or not known at `knownAt`'])
  diff(@Param('id') id: string, @Query() query: StoryDiffQuery) {
    return this.queries.execute(new DiffStoryVersionsQuery(id, query.from, query.to, toClocks(query).knownAt));
  }
}
