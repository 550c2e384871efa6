import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { runMigrations } from '../event-store/postgres/migrations-runner.js';
import { ALL_MIGRATIONS } from './migrations.js';
import { DATABASE_URL, PG_POOL } from './database.tokens.js';

/**
 * The one pg.Pool of the process. Its factory applies every module's migrations before
 * anything else can touch the database, so no provider ever sees an old schema.
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
  static forRoot(options: { url: string; poolSize: number; onShutdown?: () => Promise<void> }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_SHUTDOWN, useValue: options.onShutdown ?? (async () => undefined) },
        { provide: DATABASE_URL, useValue: options.url },
        {
          provide: PG_POOL,
          useFactory: async () => {
            const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize });
            // An idle client losing its server must not crash the process; queries report it.
            pool.on('error', () => undefined);
            await runMigrations(pool, ALL_MIGRATIONS);
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
