import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { createSupervisedPool } from './database-pool.js';
import { DATABASE_URL, PG_POOL } from './database.tokens.js';

/**
 * The one pg.Pool of the process. Its factory runs `migrate` (every module's migrations,
 * composed by AppModule) before anything else can touch the database, so no provider ever
 * sees an old schema.
 */
const DATABASE_SHUTDOWN = Symbol('DATABASE_SHUTDOWN');

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(DATABASE_SHUTDOWN) private readonly afterPoolClosed: () => Promise<void>,
  ) {}

  /** `onShutdown` runs after the pool has closed: main.ts stops the embedded server there. */
  static forRoot(options: {
    url: string;
    poolSize: number;
    migrate: (pool: pg.Pool) => Promise<unknown>;
    onShutdown?: () => Promise<void>;
  }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_SHUTDOWN, useValue: options.onShutdown ?? (async () => undefined) },
        { provide: DATABASE_URL, useValue: options.url },
        {
          provide: PG_POOL,
          useFactory: async () => {
            const logger = new Logger('Database');
            const pool = createSupervisedPool({
              url: options.url,
              size: options.poolSize,
              onConnectionLost: (error) => logger.warn(`A database connection was lost: ${error.message}`),
            });
            await options.migrate(pool);
            return pool;
          },
        },
      ],
      exports: [PG_POOL, DATABASE_URL],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
    await this.afterPoolClosed();
  }
}
