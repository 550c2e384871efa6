import { Global, Inject, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { KAFKA_HEALTH } from './dependency-health.js';
import { PG_POOL } from '../config/database.tokens.js';
import type { Settings } from '../config/settings.js';
import { SETTINGS } from '../config/settings.tokens.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { EVENT_STORE } from '../event-store/event-store.tokens.js';
import { KafkaHealth } from './kafka-health.js';
import { KafkaRelay } from './kafka-relay.js';
import { PublishingController } from './publishing.controller.js';
import { KAFKA_RELAY, RELAY_CHECKPOINTS } from './publishing.tokens.js';
import { PostgresRelayCheckpoints, type RelayCheckpoints } from './relay-checkpoints.js';
import { RelayLagMetric } from './relay-lag.metric.js';

/**
 * Publishes the ledger to Kafka when KAFKA_BROKERS is set, and serves GET /publishing either
 * way. Global so /health finds KAFKA_HEALTH (null, and so not reported, without Kafka).
 * Needs SETTINGS, PG_POOL and EVENT_STORE from the application, and publishingMigrations applied.
 */
@Global()
@Module({
  controllers: [PublishingController],
  providers: [
    RelayLagMetric,
    {
      provide: RELAY_CHECKPOINTS,
      inject: [PG_POOL],
      useFactory: (pool: pg.Pool): RelayCheckpoints => new PostgresRelayCheckpoints(pool),
    },
    {
      provide: KAFKA_RELAY,
      inject: [SETTINGS, EVENT_STORE, RELAY_CHECKPOINTS],
      useFactory: (settings: Settings, store: EventStore, checkpoints: RelayCheckpoints): KafkaRelay | null =>
        settings.kafkaBrokers
          ? new KafkaRelay({
              store,
              checkpoints,
              brokers: settings.kafkaBrokers,
              topic: settings.kafkaTopic,
              partitions: settings.kafkaPartitions,
            })
          : null,
    },
    {
      provide: KAFKA_HEALTH,
      inject: [SETTINGS],
      useFactory: (settings: Settings): KafkaHealth | null =>
        settings.kafkaBrokers ? new KafkaHealth(settings.kafkaBrokers) : null,
    },
  ],
  exports: [KAFKA_HEALTH, KAFKA_RELAY],
})
export class PublishingModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(KAFKA_RELAY) private readonly relay: KafkaRelay | null) {}

  /** Not awaited by anything: the relay connects in the background, so start-up never waits for Kafka. */
  onApplicationBootstrap(): void {
    this.relay?.start();
  }

  // Before onApplicationShutdown, where the pool closes: the last checkpoint write still needs it.
  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }
}
