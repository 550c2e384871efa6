import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { ReadClocks } from '../../projections/read-query/clocks.js';
import type { Page, PageCursor } from '../../projections/read-query/page-cursor.js';
import { readTimeline, type TimelineEntry, type TimelineFilter } from '../../projections/timeline/timeline.reader.js';

export class GetTimelineQuery extends Query<Page<TimelineEntry>> {
  constructor(
    readonly filter: TimelineFilter,
    readonly clocks: ReadClocks,
    readonly page: { after: PageCursor | null; limit: number },
  ) {
    super();
  }
}

@QueryHandler(GetTimelineQuery)
export class GetTimelineHandler implements IQueryHandler<GetTimelineQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ filter, clocks, page }: GetTimelineQuery): Promise<Page<TimelineEntry>> {
    return readTimeline(this.pool, filter, clocks, page);
  }
}
