import { Logger, type LoggerService } from '@nestjs/common';
import type { Admin, KafkaConfig, Message, Producer } from 'kafkajs';
import { type EventStore, LOG_START, type LogCursor, type StoredEventJson, type Subscription } from '../event-store/event-store.port.js';
import { type BackoffOptions, backoffDelay, sleep } from './backoff.js';
import { toKafkaMessage } from './envelope.js';
import { createKafka, ensureTopic, messagesWritten } from './kafka-client.js';
import type { RelayCheckpoints } from './relay-checkpoints.js';
import { DEFAULT_PARTITION_BATCH_BYTES, partitionChooser, produceRequests } from './produce-requests.js';
import { streamPartitioner } from './stream-partitioner.js';

/**
 * stopped -> starting -> publishing <-> retrying -> stopped. Only transitions are logged,
 * so a broker that stays down for an hour costs one warning, not one per retry.
 */
export type RelayState = 'stopped' | 'starting' | 'publishing' | 'retrying';

export interface RelayStatus {
  readonly relay: string;
  readonly topic: string;
  readonly state: RelayState;
  /** The last cursor Kafka acknowledged and the checkpoint table holds. */
  readonly checkpoint: LogCursor | null;
  /** Highest global position acknowledged so far; lag is measured from it. */
  readonly publishedPosition: bigint;
  readonly publishedSinceStart: number;
  readonly failedAttempts: number;
  readonly lastError: { readonly message: string; readonly at: Date } | null;
}

export interface KafkaRelayOptions {
  readonly store: EventStore;
  readonly checkpoints: RelayCheckpoints;
  readonly brokers: readonly string[];
  readonly topic: string;
  /** Partition count used only when the relay has to create the topic. */
  readonly partitions: number;
  /** Checkpoint row name; one per topic by default. */
  readonly name?: string;
  /** Events read from the log per batch; each batch ends with one checkpoint write. */
  readonly batchSize?: number;
  /** Bytes per partition per produce request; below the broker's default 1 MB record-batch limit. */
  readonly maxPartitionBytes?: number;
  readonly backoff?: BackoffOptions;
  readonly logger?: Pick<LoggerService, 'log' | 'warn'>;
  readonly kafka?: Partial<KafkaConfig>;
}

const STOP_GRACE_MS = 5000;

/**
 * Publishes the global log to Kafka from a checkpoint. The event store is the outbox: the
 * checkpoint moves only after the broker acknowledged, so a crash anywhere repeats events
 * (consumers deduplicate) but never loses one. It runs detached from the caller and never
 * throws, so the API keeps serving and appending whatever Kafka does.
 */
export class KafkaRelay {
  readonly name: string;
  private readonly batchSize: number;
  private readonly maxPartitionBytes: number;
  private readonly backoff: BackoffOptions;
  private readonly logger: Pick<LoggerService, 'log' | 'warn'>;

  private state: RelayState = 'stopped';
  private checkpoint: LogCursor | null = null;
  /** Where the current session resumed, for the log line that says so. */
  private resumedFrom: LogCursor | null = null;
  private publishedPosition = 0n;
  /** Events published up to the checkpoint, as the checkpoint table records it. */
  private publishedUpToCheckpoint = 0n;
  private publishedSinceStart = 0;
  private failedAttempts = 0;
  private lastError: RelayStatus['lastError'] = null;

  private loop: Promise<void> | null = null;
  private abort = new AbortController();
  private producer: Producer | null = null;
  private subscription: Subscription | null = null;

  constructor(private readonly options: KafkaRelayOptions) {
    this.name = options.name ?? `kafka:${options.topic}`;
    this.batchSize = options.batchSize ?? 5000;
    this.maxPartitionBytes = options.maxPartitionBytes ?? DEFAULT_PARTITION_BATCH_BYTES;
    this.backoff = options.backoff ?? { initialMs: 250, maxMs: 15_000 };
    this.logger = options.logger ?? new Logger('KafkaRelay');
  }

  /** Returns at once; connecting, publishing and retrying all happen in the background. */
  start(): void {
    if (this.loop) return;
    this.abort = new AbortController();
    this.state = 'starting';
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    const loop = this.loop;
    if (!loop) return;
    this.abort.abort();
    void this.subscription?.stop();
    // The batch in flight may still be acknowledged and checkpointed; a send stuck on a dead
    // broker is cut off by disconnecting (it is published again after the next start).
    if (!(await settlesWithin(loop, STOP_GRACE_MS))) await this.producer?.disconnect().catch(() => undefined);
    await loop;
    this.loop = null;
    this.state = 'stopped';
    this.logger.log(`stopped at ${formatCursor(this.checkpoint)}`);
  }

  status(): RelayStatus {
    return {
      relay: this.name,
      topic: this.options.topic,
      state: this.state,
      checkpoint: this.checkpoint,
      publishedPosition: this.publishedPosition,
      publishedSinceStart: this.publishedSinceStart,
      failedAttempts: this.failedAttempts,
      lastError: this.lastError,
    };
  }

  private async run(): Promise<void> {
    while (!this.abort.signal.aborted) {
      try {
        await this.session();
      } catch (error) {
        if (this.abort.signal.aborted) break;
        this.failing(error);
        await sleep(backoffDelay(this.failedAttempts - 1, this.backoff), this.abort.signal);
      }
    }
  }

  /** One connection's life: returns only when stopping; any failure throws to the retry loop. */
  private async session(): Promise<void> {
    const kafka = createKafka(this.options.brokers, 'newsledger-relay', this.options.kafka);
    const admin = kafka.admin();
    // A fresh idempotent producer per session: after a failed send, the old producer id's
    // sequence numbers are in an unknown state, and resending from the checkpoint is the recovery.
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: streamPartitioner,
      // Bounded, so a dead broker surfaces as an error and a state change instead of a send that never returns.
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2000 },
    });
    this.producer = producer;
    try {
      // The producer connects (metadata, producer id) while the topic and the checkpoint are
      // looked up: it sends nothing before both are done.
      const resumed = (async () => {
        await admin.connect();
        try {
          const after = await this.resumePoint(admin, await ensureTopic(admin, this.options.topic, this.options.partitions));
          const [metadata, pending] = await Promise.all([
            admin.fetchTopicMetadata({ topics: [this.options.topic] }),
            this.options.store.readAll({ after, limit: 1 }),
          ]);
          return { after, pending, partitions: metadata.topics[0]!.partitions };
        } finally {
          await admin.disconnect();
        }
      })();
      const connected = producer.connect();
      // Whichever fails first ends the session; the other's failure is no news then.
      for (const step of [resumed, connected]) step.catch(() => undefined);
      const [{ after, pending, partitions }] = await Promise.all([resumed, connected]);
      this.checkpoint = after;
      this.resumedFrom = after;
      if (after.globalPosition > this.publishedPosition) this.publishedPosition = after.globalPosition;
      if (pending.events.length === 0) this.healthy();
      await this.follow(producer, after, partitionChooser(this.options.topic, partitions));
    } finally {
      this.producer = null;
      await producer.disconnect().catch(() => undefined);
    }
  }

  /**
   * The checkpoint, unless the broker has lost what the relay published: the topic had to be
   * created again, or holds fewer messages than events were published to it (a broker that
   * came back without its data, as a container without a volume does). Then everything is
   * published again from the start of the log: only that is sure to cover what was lost, and
   * consumers already drop the repeats (envelope event ids).
   */
  private async resumePoint(admin: Admin, topicCreated: boolean): Promise<LogCursor> {
    const { checkpoints } = this.options;
    const [after, published] = await Promise.all([checkpoints.load(this.name), checkpoints.published(this.name)]);
    const held = topicCreated ? 0n : await messagesWritten(admin, this.options.topic);
    if (held >= published) {
      this.publishedUpToCheckpoint = published;
      return after;
    }
    this.logger.warn(
      `topic ${this.options.topic} ${topicCreated ? 'was missing' : `holds ${held} messages`} though ${published} events were published to it up to ${formatCursor(after)}: the broker lost them; publishing the whole log again`,
    );
    await checkpoints.restart(this.name);
    this.publishedUpToCheckpoint = 0n;
    this.publishedPosition = 0n;
    return LOG_START;
  }

  /**
   * Follows the log from `after`. Batches are sent and checkpointed strictly one after another,
   * so Kafka and the checkpoint both see log order, but the stages overlap: while one batch's
   * produce requests are in flight, the next batch is read and turned into messages, and a
   * batch's checkpoint is written while the next batch is sent. Waiting for the checkpoint
   * before sending on would add a database round trip to every event's latency. The checkpoint
   * trails the broker by one batch at most, so a crash repeats at most two batches.
   */
  private async follow(producer: Producer, after: LogCursor, partitionOf: (message: Message) => number): Promise<void> {
    let failure: unknown;
    /** The last batch handed to the producer, acknowledged. */
    let sent: Promise<void> = Promise.resolve();
    /** The last batch's checkpoint, and the one before it. */
    let saved: Promise<void> = Promise.resolve();
    let savedBefore: Promise<void> = Promise.resolve();
    let publishFailed!: (error: unknown) => void;
    // Also catches the failure of the last batch, after which no handler call may come.
    const failed = new Promise<never>((_, reject) => (publishFailed = reject));
    failed.catch(() => undefined);
    // Events are only passed on: their data and metadata are pasted into the envelope as stored, never parsed.
    const subscription = this.options.store.subscribeJson({
      after,
      batchSize: this.batchSize,
      handler: async (events) => {
        const batch = this.prepare(events, partitionOf);
        await Promise.all([sent, savedBefore]);
        const acknowledged = this.send(producer, batch.requests);
        const checkpointed = Promise.all([acknowledged, saved]).then(() => this.checkpointed(batch));
        checkpointed.catch(publishFailed);
        [sent, saved, savedBefore] = [acknowledged, checkpointed, saved];
      },
      onError: (error) => (failure = error),
    });
    this.subscription = subscription;
    try {
      if (this.abort.signal.aborted) await subscription.stop();
      await Promise.race([subscription.done, failed]);
    } catch (error) {
      failure = error;
      await subscription.stop();
    } finally {
      await Promise.allSettled([sent, saved]);
      this.subscription = null;
    }
    if (!this.abort.signal.aborted) throw failure ?? new Error('the event log subscription ended');
  }

  private prepare(events: readonly StoredEventJson[], partitionOf: (message: Message) => number): PreparedBatch {
    const last = events.at(-1)!;
    let highest = 0n;
    for (const event of events) if (event.globalPosition > highest) highest = event.globalPosition;
    return {
      requests: [...produceRequests(events.map(toKafkaMessage), partitionOf, this.maxPartitionBytes)],
      cursor: { transactionId: last.transactionId, globalPosition: last.globalPosition },
      highestPosition: highest,
      count: events.length,
    };
  }

  private async send(producer: Producer, requests: readonly Message[][]): Promise<void> {
    for (const messages of requests) await producer.send({ topic: this.options.topic, acks: -1, messages });
  }

  private async checkpointed(batch: PreparedBatch): Promise<void> {
    const published = this.publishedUpToCheckpoint + BigInt(batch.count);
    await this.options.checkpoints.save(this.name, batch.cursor, published);
    this.publishedUpToCheckpoint = published;
    this.checkpoint = batch.cursor;
    if (batch.highestPosition > this.publishedPosition) this.publishedPosition = batch.highestPosition;
    this.publishedSinceStart += batch.count;
    this.healthy();
  }

  private healthy(): void {
    if (this.state === 'publishing') return;
    if (this.state === 'retrying') {
      this.logger.log(`publishing again after ${this.failedAttempts} failed attempt(s), from ${formatCursor(this.resumedFrom)}`);
    } else {
      this.logger.log(`publishing to topic ${this.options.topic} from ${formatCursor(this.resumedFrom)}`);
    }
    this.state = 'publishing';
    this.failedAttempts = 0;
  }

  private failing(error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.lastError = { message, at: new Date() };
    this.failedAttempts += 1;
    if (this.state === 'retrying') return;
    this.state = 'retrying';
    this.logger.warn(
      `publishing stalled (${message}); appends go on, and the relay retries with backoff up to ${this.backoff.maxMs} ms and publishes the backlog once it succeeds`,
    );
  }
}

/** A batch read from the log, ready to send: its produce requests and what its checkpoint records. */
interface PreparedBatch {
  readonly requests: readonly Message[][];
  readonly cursor: LogCursor;
  readonly highestPosition: bigint;
  readonly count: number;
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function formatCursor(cursor: LogCursor | null): string {
  return cursor ? `position ${cursor.globalPosition} (transaction ${cursor.transactionId})` : 'no checkpoint';
}
