import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DocumentsApiModule } from './api/documents/documents-api.module.js';
import { EventsApiModule } from './api/events/events-api.module.js';
import { HealthModule } from './api/health/health.module.js';
import { ReadApiModule } from './api/read-api.module.js';
import { DatabaseModule } from './config/database.module.js';
import { PG_POOL } from './config/database.tokens.js';
import type { Settings } from './config/settings.js';
import { SETTINGS } from './config/settings.tokens.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { runMigrations } from './event-store/postgres/migrations-runner.js';
import { IngestionModule } from './ingestion/ingestion.module.js';
import { createLogger, loggingModule } from './observability/logging.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { ALL_MIGRATIONS } from './migrations.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { WebModule } from './web/web.module.js';

@Module({})
export class AppModule {
  /** `database.url` is the resolved one: DATABASE_URL, or the embedded server's. */
  static forRoot(settings: Settings, database: { url: string; onShutdown?: () => Promise<void> }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        loggingModule(createLogger(settings.logLevel)),
        ObservabilityModule,
        DatabaseModule.forRoot({
          ...database,
          poolSize: settings.databasePoolSize,
          migrate: (pool) => runMigrations(pool, ALL_MIGRATIONS),
        }),
        EventStoreModule.forPool(PG_POOL),
        HealthModule,
        IngestionModule,
        DocumentsApiModule,
        EventsApiModule,
        ProjectionsModule,
        ReadApiModule,
        PublishingModule,
        WebModule,
      ],
      providers: [{ provide: SETTINGS, useValue: settings }],
      exports: [SETTINGS],
    };
  }
}
