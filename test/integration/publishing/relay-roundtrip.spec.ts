import { Kafka, logLevel } from 'kafkajs';
import { HEADER } from '../../../src/publishing/envelope.js';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import {
  appendConcurrently,
  consumeAll,
  createLedger,
  cursorOf,
  type Ledger,
  readLog,
  readRaw,
  RecordingLogger,
  uniqueTopic,
  waitFor,
} from './fixture.js';

// Broker round trips can outlast a short default; each test states its own limit.
const TIMEOUT_MS = 120_000;

describeWithKafka('Kafka relay: the ledger published and consumed back', () => {
  const brokers = kafkaBrokers() ?? [];
  let ledger: Ledger;
  let relay: KafkaRelay | undefined;

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    await relay?.stop();
    await ledger.db.drop();
  });

  it('given events appended before and while the relay runs, when consumed, then each arrives exactly once and in stream order', async () => {
    const topic = uniqueTopic();
    const streams = Array.from({ length: 40 }, (_, i) => `story-roundtrip-${i}`);
    await appendConcurrently(ledger.store, streams.slice(0, 20), 25);
    const logger = new RecordingLogger();
    // Small batches and requests, so the run crosses many checkpoints and produce requests.
    relay = new KafkaRelay({ ...ledger, brokers, topic, partitions: 3, batchSize: 97, maxPartitionBytes: 20_000, logger });
    relay.start();
    await appendConcurrently(ledger.store, streams.slice(20), 25);

    const log = await readLog(ledger.store, 1000);
    expect(log).toHaveLength(1000);
    const last = cursorOf(log.at(-1)!);
    await waitFor('the relay to checkpoint the last event', () => relay!.status().checkpoint?.globalPosition === last.globalPosition);
    await expect(ledger.checkpoints.load(relay.name)).resolves.toEqual(last);
    expect(relay.status()).toMatchObject({ state: 'publishing', publishedSinceStart: 1000, lastError: null });
    expect(logger.count('warn')).toBe(0);

    const { events, stats } = await consumeAll(brokers, topic, 1000);
    expect(stats).toEqual({ delivered: 1000, duplicates: 0, malformed: 0 });
    expect(new Set(events.map((e) => e.eventId))).toEqual(new Set(log.map((e) => e.eventId)));
    for (const streamId of streams) {
      const versions = events.filter((e) => e.streamId === streamId).map((e) => Number(e.streamVersion));
      expect(versions).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    }
    const byId = new Map(log.map((e) => [e.eventId, e]));
    for (const event of events) expect(event).toEqual(byId.get(event.eventId));
  }, TIMEOUT_MS);

  it('given a missing topic, when the relay starts, then it creates it with the configured partitions and keys and heads every message', async () => {
    const topic = uniqueTopic();
    await appendConcurrently(ledger.store, ['story-a', 'story-b', 'story-c', 'story-d'], 5, 2);
    relay = new KafkaRelay({ ...ledger, brokers, topic, partitions: 4, logger: new RecordingLogger() });
    relay.start();
    const log = await readLog(ledger.store, 20);
    await waitFor('the relay to publish', () => relay!.status().publishedSinceStart === log.length);

    const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    expect(metadata.topics[0]?.partitions).toHaveLength(4);

    const raw = await readRaw(brokers, topic);
    expect(raw).toHaveLength(log.length);
    const partitionOf = new Map<string, number>();
    for (const message of raw) {
      const event = log.find((e) => e.eventId === message.headers[HEADER.eventId])!;
      expect(message.key).toBe(event.streamId);
      expect(message.headers).toEqual({
        [HEADER.eventId]: event.eventId,
        [HEADER.type]: event.type,
        [HEADER.schemaVersion]: String(event.schemaVersion),
        [HEADER.globalPosition]: String(event.globalPosition),
      });
      expect(JSON.parse(message.value!)).toMatchObject({
        eventId: event.eventId,
        streamVersion: String(event.streamVersion),
        globalPosition: String(event.globalPosition),
        transactionId: String(event.transactionId),
        recordedAt: event.recordedAt.toISOString(),
      });
      // One stream, one partition: the precondition for per-stream order.
      expect(partitionOf.get(event.streamId) ?? message.partition).toBe(message.partition);
      partitionOf.set(event.streamId, message.partition);
    }
  }, TIMEOUT_MS);
});
