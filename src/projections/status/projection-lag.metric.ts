import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { projectionLag } from '../../observability/metrics.js';
import { PROJECTIONS } from '../projections.js';
import { projectionsOverview } from './projection-status.js';

/** Feeds `newsledger_projection_lag_events` from the same figures as GET /projections. */
@Injectable()
export class ProjectionLagMetric implements OnModuleInit, OnModuleDestroy {
  private unregister: () => void = () => undefined;

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.unregister = projectionLag.register(async () => {
      const { projections } = await projectionsOverview(this.pool, this.store, PROJECTIONS);
      return new Map(projections.map((projection) => [projection.name, projection.lag]));
    });
  }

  onModuleDestroy(): void {
    this.unregister();
  }
}
