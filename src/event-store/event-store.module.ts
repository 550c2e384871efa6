import { type DynamicModule, Global, type InjectionToken, Module } from '@nestjs/common';
import type pg from 'pg';
import { EVENT_STORE } from './event-store.tokens.js';
import { createPostgresEventStore } from './postgres/postgres-event-store.js';
import { withTimedAppends } from './timed-appends.js';

/**
 * Provides EVENT_STORE on the application's pool, whose token the application passes in (the
 * store knows nothing of how the application is wired). The schema is not applied here: the
 * database module runs every module's migrations, this one's included, before the pool is
 * handed out.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forPool(pool: InjectionToken<pg.Pool>): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: (resolved: pg.Pool) => withTimedAppends(createPostgresEventStore(resolved)),
          inject: [pool],
        },
      ],
      exports: [EVENT_STORE],
    };
  }
}
