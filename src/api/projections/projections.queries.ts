import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { PROJECTIONS } from '../../projections/projections.js';
import { findJob, type RebuildJob } from '../../projections/rebuild/rebuild-job-store.js';
import { type ProjectionsOverview, projectionsOverview } from '../../projections/status/projection-status.js';

export class GetProjectionsOverviewQuery extends Query<ProjectionsOverview> {}

export class GetRebuildJobQuery extends Query<RebuildJob | null> {
  constructor(readonly id: string) {
    super();
  }
}

@QueryHandler(GetProjectionsOverviewQuery)
export class GetProjectionsOverviewHandler implements IQueryHandler<GetProjectionsOverviewQuery> {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute(): Promise<ProjectionsOverview> {
    return projectionsOverview(this.pool, this.store, PROJECTIONS);
  }
}

@QueryHandler(GetRebuildJobQuery)
export class GetRebuildJobHandler implements IQueryHandler<GetRebuildJobQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ id }: GetRebuildJobQuery): Promise<RebuildJob | null> {
    return findJob(this.pool, id);
  }
}

export const PROJECTION_QUERY_HANDLERS = [GetProjectionsOverviewHandler, GetRebuildJobHandler];
