import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '../event-store/event-store.port.js';
import { EVENT_STORE } from '../event-store/event-store.tokens.js';
import type { KafkaRelay } from './kafka-relay.js';
import { PublishingStatusDto } from './publishing-status.dto.js';
import { KAFKA_RELAY, RELAY_CHECKPOINTS } from './publishing.tokens.js';
import type { RelayCheckpoints } from './relay-checkpoints.js';

@ApiTags('publishing')
@Controller('publishing')
export class PublishingController {
  constructor(
    @Inject(KAFKA_RELAY) private readonly relay: KafkaRelay | null,
    @Inject(RELAY_CHECKPOINTS) private readonly checkpoints: RelayCheckpoints,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'State of the Kafka relay: checkpoint, lag and last error',
    description: 'The relay publishes the ledger to Kafka when KAFKA_BROKERS is set; see docs/kafka.md.',
  })
  @ApiOkResponse({ type: PublishingStatusDto })
  // The API declares the ProblemDetails schema; publishing sits before the API and only refers to it.
  @ApiResponse({
    status: 503,
    description: 'The database is unavailable; Retry-After',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } },
  })
  async status(): Promise<PublishingStatusDto> {
    if (!this.relay) return { enabled: false };
    const status = this.relay.status();
    // The table, not memory: before the relay first reaches Kafka, only the table knows where it stands.
    const [checkpoint, head] = await Promise.all([this.checkpoints.load(status.relay), this.store.headPosition()]);
    const published = checkpoint.globalPosition > status.publishedPosition ? checkpoint.globalPosition : status.publishedPosition;
    return {
      enabled: true,
      topic: status.topic,
      state: status.state,
      checkpoint:
        checkpoint.globalPosition === 0n
          ? null
          : { globalPosition: checkpoint.globalPosition.toString(), transactionId: checkpoint.transactionId.toString() },
      headPosition: head.toString(),
      lagEvents: head > published ? Number(head - published) : 0,
      publishedSinceStart: status.publishedSinceStart,
      failedAttempts: status.failedAttempts,
      lastError: status.lastError && { message: status.lastError.message, at: status.lastError.at.toISOString() },
    };
  }
}
