import { Global, Module } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../config/database.tokens.js';
import { EVENT_STORE } from './event-store.tokens.js';
import { createPostgresEventStore } from './postgres/postgres-event-store.js';
import { withTimedAppends } from './timed-appends.js';

/**
 * Provides EVENT_STORE on the application's pool. The schema is not applied here: the
 * database module runs every module's migrations, this one's included, before the pool is
 * handed out.
 */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      useFactory: (pool: pg.Pool) => withTimedAppends(createPostgresEventStore(pool)),
      inject: [PG_POOL],
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
