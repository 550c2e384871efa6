import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventsApiModule } from './api/events/events-api.module.js';
import { HealthModule } from './api/health/health.module.js';
import { DatabaseModule } from './config/database.module.js';
import type { Settings } from './config/settings.js';
import { SETTINGS } from './config/settings.tokens.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { IngestionModule } from './ingestion/ingestion.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { ReadApiModule } from './projections/read-api.module.js';
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
        DatabaseModule.forRoot({ ...database, poolSize: settings.databasePoolSize }),
        EventStoreModule,
        HealthModule,
        IngestionModule,
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
