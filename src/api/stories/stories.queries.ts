import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import { type JsonBody, jsonBody } from '../../projections/read-query/json-body.js';
import type { Page, PageCursor } from '../../projections/read-query/page-cursor.js';
import { readModelVersion, VersionedCache } from '../../projections/read-query/versioned-cache.js';
import { factCountsOfDocuments } from '../../projections/facts/facts.reader.js';
import { liveSchema } from '../../projections/runner/generation.js';
import { type DiffPart, headlineDiff } from '../../projections/stories/headline-diff.js';
import {
  listStories,
  listVersions,
  readStory,
  storyChanges,
  type StoryHistory,
  type StorySummary,
  type StoryVersion,
} from '../../projections/stories/stories.reader.js';
import { storiesProjection } from '../../projections/stories/stories.projection.js';

export interface StoryListItem extends StorySummary {
  readonly factCount: number;
}

export class ListStoriesQuery extends Query<Page<StoryListItem>> {
  constructor(
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number; text?: string },
  ) {
    super();
  }
}

/** Answers with a Story ready to send, cached per stories read-model version. */
export class GetStoryQuery extends Query<JsonBody> {
  constructor(
    readonly id: string,
    readonly clocks: ReadClocks,
  ) {
    super();
  }
}

export class GetStoryVersionsQuery extends Query<StoryHistory> {
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

  async execute({ clocks, page }: ListStoriesQuery): Promise<Page<StoryListItem>> {
    const stories = await listStories(this.pool, clocks, page);
    const counts = await factCountsOfDocuments(this.pool, new Map(stories.items.map((story) => [story.id, story.documentIds])), clocks.knownAt);
    return {
      next: stories.next,
      items: stories.items.map(({ documentIds: _documents, ...story }) => ({ ...story, factCount: counts.get(story.id) ?? 0 })),
    };
  }
}

const STORIES_SCHEMA = liveSchema(storiesProjection);

/**
 * Stories are read far more often than they change, so answers are cached as sent while the
 * stories read model is unchanged (see readModelVersion), or changed only in stories the answer
 * does not show (see ReadModelChanges). One is ~1-3 KB: 4,096 of them take under 12 MB.
 * Unknown stories are not cached.
 */
@QueryHandler(GetStoryQuery)
export class GetStoryHandler implements IQueryHandler<GetStoryQuery> {
  private readonly cache = new VersionedCache<JsonBody, ReadonlySet<string>>(4096);

  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, clocks }: GetStoryQuery): Promise<JsonBody> {
    const key = JSON.stringify([id, clocks]);
    const changes = storyChanges(this.pool);
    const version = await readModelVersion(this.pool, STORIES_SCHEMA);
    await changes.observe(version);
    const cached = this.cache.get(key, version, (since, storyIds) => changes.unchanged(since, version, (storyId) => storyIds.has(storyId)));
    if (cached !== undefined) return cached;
    const read = await readStory(this.pool, id, clocks);
    if (!read) throw notKnown(`Story ${id}`, clocks.knownAt);
    const body = jsonBody(read.story);
    this.cache.set(key, version, body, read.storyIds);
    return body;
  }
}

@QueryHandler(GetStoryVersionsQuery)
export class GetStoryVersionsHandler implements IQueryHandler<GetStoryVersionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ id, knownAt }: GetStoryVersionsQuery): Promise<StoryHistory> {
    return historyOf(this.pool, id, knownAt);
  }
}

async function historyOf(pool: pg.Pool, id: string, knownAt: Date | null): Promise<StoryHistory> {
  const history = await listVersions(pool, id, knownAt);
  if (!history) throw notKnown(`Story ${id}`, knownAt);
  return history;
}

function pick({ versions }: StoryHistory, id: string, n: number, knownAt: Date | null): StoryVersion {
  const version = versions.find((v) => v.number === n);
  if (!version) throw notKnown(`Version ${n} of story ${id}`, knownAt);
  return version;
}

@QueryHandler(GetStoryVersionQuery)
export class GetStoryVersionHandler implements IQueryHandler<GetStoryVersionQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, number, knownAt }: GetStoryVersionQuery): Promise<StoryVersion> {
    return pick(await historyOf(this.pool, id, knownAt), id, number, knownAt);
  }
}

@QueryHandler(DiffStoryVersionsQuery)
export class DiffStoryVersionsHandler implements IQueryHandler<DiffStoryVersionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ id, from, to, knownAt }: DiffStoryVersionsQuery): Promise<StoryDiff> {
    const history = await historyOf(this.pool, id, knownAt);
    const [before, after] = [pick(history, id, from, knownAt), pick(history, id, to, knownAt)];
    return { storyId: history.storyId, from: before, to: after, changes: headlineDiff(before.headline, after.headline) };
  }
}

export const STORY_QUERY_HANDLERS = [
  ListStoriesHandler,
  GetStoryHandler,
  GetStoryVersionsHandler,
  GetStoryVersionHandler,
  DiffStoryVersionsHandler,
];
