import type { LogCursor } from '../../../src/event-store/index.js';
import { KafkaHealth } from '../../../src/publishing/kafka-health.js';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import type { RelayCheckpoints } from '../../../src/publishing/relay-checkpoints.js';
import { type ControlledBroker, describeWithBrokerControl, startControlledBroker } from '../../support/kafka-broker.js';
import {
  appendBacklog,
  consumeAll,
  createLedger,
  cursorOf,
  type Ledger,
  newEvents,
  readLog,
  RecordingLogger,
  uniqueTopic,
  waitFor,
} from './fixture.js';

const TIMEOUT_MS = 240_000;
const FAST_RETRIES = { initialMs: 100, maxMs: 1000 };

describeWithBrokerControl('Kafka relay when the broker goes away', () => {
  let broker: ControlledBroker;
  let ledger: Ledger;
  let relay: KafkaRelay | undefined;

  beforeAll(async () => {
    broker = await startControlledBroker();
  }, TIMEOUT_MS);

  afterAll(async () => {
    await broker?.destroy();
  }, TIMEOUT_MS);

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    await relay?.stop();
    await ledger.db.drop();
    if (!broker.running) await broker.start();
  }, TIMEOUT_MS);

  it('given the broker is down at start-up, then appends go on, health says down, one warning is logged, and the backlog drains when it returns', async () => {
    const topic = uniqueTopic();
    const health = new KafkaHealth(broker.brokers);
    await broker.stop();
    const logger = new RecordingLogger();
    relay = new KafkaRelay({ ...ledger, brokers: broker.brokers, topic, partitions: 3, backoff: FAST_RETRIES, logger });

    const started = performance.now();
    relay.start();
    expect(performance.now() - started).toBeLessThan(50);
    await ledger.store.append('story-while-down', newEvents(300));
    await waitFor('several failed attempts', () => relay!.status().failedAttempts >= 3);
    expect(relay.status()).toMatchObject({ state: 'retrying', checkpoint: null });
    expect(relay.status().lastError?.message).toMatch(/Connection|ECONNREFUSED|broker/i);
    await expect(health.check()).resolves.toMatchObject({ up: false, error: expect.any(String) });
    expect(logger.lines).toEqual([{ level: 'warn', message: expect.stringMatching(/^publishing stalled/) }]);

    await broker.start();
    await expect(health.check()).resolves.toEqual({ up: true });
    const log = await readLog(ledger.store, 300);
    await waitFor('the backlog to drain', () => relay!.status().checkpoint?.globalPosition === log.at(-1)!.globalPosition);
    expect(relay.status()).toMatchObject({ state: 'publishing', failedAttempts: 0 });
    expect(logger.lines.map((l) => l.level)).toEqual(['warn', 'log']);
    const { events, stats } = await consumeAll(broker.brokers, topic, log.length);
    expect(stats.delivered).toBe(300);
    expect(events.map((e) => e.eventId)).toEqual(log.map((e) => e.eventId));
  }, TIMEOUT_MS);

  it('given a large backlog being published, when the broker stops and starts again, then every event arrives and the checkpoint is exact', async () => {
    const topic = uniqueTopic();
    await appendBacklog(ledger.store, 10, 3000);
    // Holds the relay after a few batches until the broker is gone, so the outage lands mid-backlog.
    let brokerStopped!: () => void;
    const gate = new Promise<void>((resolve) => (brokerStopped = resolve));
    let saves = 0;
    const checkpoints: RelayCheckpoints = {
      load: (name) => ledger.checkpoints.load(name),
      published: (name) => ledger.checkpoints.published(name),
      restart: (name) => ledger.checkpoints.restart(name),
      save: async (name: string, cursor: LogCursor, published: bigint) => {
        await ledger.checkpoints.save(name, cursor, published);
        if (++saves === 5) await gate;
      },
    };
    const logger = new RecordingLogger();
    relay = new KafkaRelay({ ...ledger, checkpoints, brokers: broker.brokers, topic, partitions: 3, batchSize: 1000, backoff: FAST_RETRIES, logger });
    relay.start();
    await waitFor('five batches published', () => saves === 5);

    await broker.stop();
    brokerStopped();
    await waitFor('the relay to notice', () => relay!.status().failedAttempts >= 2);
    const stalledAt = (await ledger.checkpoints.load(relay.name)).globalPosition;
    expect(stalledAt).toBeGreaterThan(0n);
    expect(stalledAt).toBeLessThan(30_000n);
    // The ledger keeps taking writes while Kafka is away.
    await ledger.store.append('story-during-outage', newEvents(500));

    await broker.start();
    const log = await readLog(ledger.store, 30_500);
    expect(log).toHaveLength(30_500);
    const last = cursorOf(log.at(-1)!);
    await waitFor('the backlog to drain', () => relay!.status().checkpoint?.globalPosition === last.globalPosition, 120_000);
    await expect(ledger.checkpoints.load(relay.name)).resolves.toEqual(last);
    expect(logger.lines.map((l) => l.level)).toEqual(['log', 'warn', 'log']);

    const { events, stats } = await consumeAll(broker.brokers, topic, log.length, 120_000);
    expect(stats.delivered).toBe(log.length);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(log.length);
  }, TIMEOUT_MS);
});
