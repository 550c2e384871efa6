import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '../event-store/event-store.port.js';
import { EVENT_STORE } from '../event-store/event-store.tokens.js';
import { relayLag } from '../observability/metrics.js';
import type { KafkaRelay } from './kafka-relay.js';
import { KAFKA_RELAY, RELAY_CHECKPOINTS } from './publishing.tokens.js';
import type { RelayCheckpoints } from './relay-checkpoints.js';

/** Feeds `newsledger_relay_lag_events` when the relay runs (KAFKA_BROKERS set). */
@Injectable()
export class RelayLagMetric implements OnModuleInit, OnModuleDestroy {
  private unregister: () => void = () => undefined;

  constructor(
    @Inject(KAFKA_RELAY) private readonly relay: KafkaRelay | null,
    @Inject(RELAY_CHECKPOINTS) private readonly checkpoints: RelayCheckpoints,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    const relay = this.relay;
    if (!relay) return;
    this.unregister = relayLag.register(async () => {
      const status = relay.status();
      const [checkpoint, head] = await Promise.all([this.checkpoints.load(status.relay), this.store.headPosition()]);
      const published = checkpoint.globalPosition > status.publishedPosition ? checkpoint.globalPosition : status.publishedPosition;
      return new Map([[status.relay, head > published ? Number(head - published) : 0]]);
    });
  }

  onModuleDestroy(): void {
    this.unregister();
  }
}
