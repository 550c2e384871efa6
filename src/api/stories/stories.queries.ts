import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import type { Page, PageCursor } from '../../projections/read-query/page-cursor.js';
import { type DiffPart, headlineDiff } from '../../projections/stories/headline-diff.js';
import {
  findStory,
  listStories,
  listVersions,
  type Story,
  type StorySummary,
  type StoryVersion,
} from '../../projections/stories/stories.reader.js';

export class ListStoriesQuery extends Query<Page<StorySummary>> {
  constructor(
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number },
  ) {
    super();
  }
}

export class GetStoryQuery extends Query<Story> {
  constructor(
    readonly id: string,
    readonly clocks: ReadClocks,
  ) {
    super();
  }
}

export class GetStoryVersionsQuery extends Query<StoryVersion[]> {
  constructor(
    readonly id: string,
    readonly knownAt: Date | null,
  ) {
    super();
  }
}

export class GetStoryVersionQuery extends Query<StoryVersion> {
  constructor(
    readonly id: string,
    readonly number: number,
    readonly knownAt: Date | null,
  ) {
    super();
  }
}

export interface StoryDiff {
  readonly storyId: string;
  readonly from: StoryVersion;
  readonly to: StoryVersion;
  readonly changes: DiffPart[];
}

export class DiffStoryVersionsQuery extends Query<StoryDiff> {
  constructor(
    readonly id: string,
    readonly from: number,
    readonly to: number,
    readonly knownAt: Date | null,
  ) {
    super();
  }
}

const notKnown = (what: string, knownAt: Date | null): NotFoundException =>
  new NotFoundException(knownAt ? `${what} was not known at ${knownAt.toISOString()}` : `${what} does not exist`);

@QueryHandler(ListStoriesQuery)
export class ListStoriesHandler implements IQueryHandler<ListStoriesQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute(query: ListStoriesQuery): Promise<Page<StorySummary>> {
    return listStories(this.pool, query.clocks, query.page);
  }
}

@QueryHandler(GetStoryQuery)
export class GetStoryHandler implements IQueryHandler<GetStoryQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, clocks }: GetStoryQuery): Promise<Story> {
    const story = await findStory(this.pool, id, clocks);
    if (!story) throw notKnown(`Story ${id}`, clocks.knownAt);
    return story;
  }
}

@QueryHandler(GetStoryVersionsQuery)
export class GetStoryVersionsHandler implements IQueryHandler<GetStoryVersionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ id, knownAt }: GetStoryVersionsQuery): Promise<StoryVersion[]> {
    return versionsOf(this.pool, id, knownAt);
  }
}

async function versionsOf(pool: pg.Pool, id: string, knownAt: Date | null): Promise<StoryVersion[]> {
  const versions = await listVersions(pool, id, knownAt);
  if (!versions) throw notKnown(`Story ${id}`, knownAt);
  return versions;
}

function pick(versions: readonly StoryVersion[], id: string, n: number, knownAt: Date | null): StoryVersion {
  const version = versions.find((v) => v.number === n);
  if (!version) throw notKnown(`Version ${n} of story ${id}`, knownAt);
  return version;
}

@QueryHandler(GetStoryVersionQuery)
export class GetStoryVersionHandler implements IQueryHandler<GetStoryVersionQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, number, knownAt }: GetStoryVersionQuery): Promise<StoryVersion> {
    return pick(await versionsOf(this.pool, id, knownAt), id, number, knownAt);
  }
}

@QueryHandler(DiffStoryVersionsQuery)
export class DiffStoryVersionsHandler implements IQueryHandler<DiffStoryVersionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, from, to, knownAt }: DiffStoryVersionsQuery): Promise<StoryDiff> {
    const versions = await versionsOf(this.pool, id, knownAt);
    const [before, after] = [pick(versions, id, from, knownAt), pick(versions, id, to, knownAt)];
    return { storyId: id, from: before, to: after, changes: headlineDiff(before.headline, after.headline) };
  }
}

export const STORY_QUERY_HANDLERS = [
  ListStoriesHandler,
  GetStoryHandler,
  GetStoryVersionsHandler,
  GetStoryVersionHandler,
  DiffStoryVersionsHandler,
];
