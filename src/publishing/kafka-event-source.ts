import { Logger, type LoggerService } from '@nestjs/common';
import type { Consumer, EachBatchPayload, KafkaConfig, KafkaMessage } from 'kafkajs';
import type { StoredEvent } from '../event-store/event-store.port.js';
import { decodeEnvelope } from './envelope.js';
import { createKafka } from './kafka-client.js';
import { PartitionDedupe } from './partition-dedupe.js';

export interface MalformedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly reason: string;
}

export interface KafkaEventSourceOptions {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly groupId: string;
  /** Where a group without committed offsets starts; a known group always resumes. */
  readonly fromBeginning?: boolean;
  /** Receives one partition's new events at a time, in log order; offsets are committed after it resolves. */
  readonly handler: (events: readonly StoredEvent[]) => Promise<void>;
  /** Told about each message that is skipped; the default logs a warning. */
  readonly onMalformed?: (message: MalformedMessage) => void;
  readonly logger?: Pick<LoggerService, 'warn'>;
  readonly kafka?: Partial<KafkaConfig>;
}

export interface EventSourceStats {
  readonly delivered: number;
  readonly duplicates: number;
  readonly malformed: number;
}

/**
 * Reads the ledger back from Kafka for a consumer group. Delivery is at least once across
 * restarts (offsets are committed after the handler) and exactly once, in stream order,
 * while the source runs: redeliveries are dropped by global position. Handlers that must
 * survive restarts without repeats keep their own mark, e.g. the stream version per stream.
 */
export class KafkaEventSource {
  private readonly dedupe = new PartitionDedupe();
  private readonly logger: Pick<LoggerService, 'warn'>;
  private consumer: Consumer | null = null;
  private counts = { delivered: 0, duplicates: 0, malformed: 0 };
  private joinedResolve!: () => void;
  /** Resolves once the consumer has joined its group and got its partitions. */
  readonly joined = new Promise<void>((resolve) => (this.joinedResolve = resolve));

  constructor(private readonly options: KafkaEventSourceOptions) {
    this.logger = options.logger ?? new Logger('KafkaEventSource');
  }

  get stats(): EventSourceStats {
    return { ...this.counts };
  }

  /** Resolves once consuming has started; rejects when the broker cannot be reached. */
  async start(): Promise<void> {
    const kafka = createKafka(this.options.brokers, 'newsledger-consumer', {
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5000 },
      ...this.options.kafka,
    });
    const consumer = kafka.consumer({ groupId: this.options.groupId, allowAutoTopicCreation: false });
    consumer.on(consumer.events.GROUP_JOIN, () => this.joinedResolve());
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.logger.warn(`consumer failed (${payload.error.message}); ${payload.restart ? 'restarting' : 'stopped'}`);
    });
    this.consumer = consumer;
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [this.options.topic], fromBeginning: this.options.fromBeginning ?? false });
      await consumer.run({ eachBatchAutoResolve: false, eachBatch: (payload) => this.eachBatch(payload) });
    } catch (error) {
      this.consumer = null;
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (!isRunning() || isStale()) return;
    const decoded: StoredEvent[] = [];
    for (const message of batch.messages) {
      const event = this.decode(batch.topic, batch.partition, message);
      if (event) decoded.push(event);
    }
    const partitionKey = `${batch.topic}/${batch.partition}`;
    const { events, high } = this.dedupe.fresh(partitionKey, decoded);
    if (events.length > 0) await this.options.handler(events);
    this.dedupe.advance(partitionKey, high);
    this.counts.delivered += events.length;
    this.counts.duplicates += decoded.length - events.length;
    resolveOffset(batch.lastOffset());
    await commitOffsetsIfNecessary();
    await heartbeat();
  }

  private decode(topic: string, partition: number, message: KafkaMessage): StoredEvent | null {
    const key = message.key?.toString() ?? null;
    const result = decodeEnvelope(message.value);
    if (result.ok && (key === null || key === result.event.streamId)) return result.event;
    const reason = result.ok ? `key "${key}" does not match streamId "${result.event.streamId}"` : result.reason;
    this.counts.malformed += 1;
    const report = { topic, partition, offset: message.offset, key, reason };
    if (this.options.onMalformed) this.options.onMalformed(report);
    else this.logger.warn(`skipped malformed message ${topic}/${partition}@${report.offset}: ${report.reason}`);
    return null;
  }
}
