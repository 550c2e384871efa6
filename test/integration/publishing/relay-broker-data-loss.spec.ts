import { Kafka, logLevel } from 'kafkajs';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import {
  appendBacklog,
  consumeAll,
  createLedger,
  cursorOf,
  type Ledger,
  readLog,
  RecordingLogger,
  uniqueTopic,
  waitFor,
} from './fixture.js';

const TIMEOUT_MS = 180_000;
const EVENTS = 600;

/**
 * A broker that comes back without its data (a container without a volume, a wiped log
 * directory): the relay's checkpoint says everything was published, the topic says otherwise.
 */
describeWithKafka('Kafka relay: a broker that lost its data', () => {
  const brokers = kafkaBrokers() ?? [];
  const kafka = new Kafka({ brokers: [...brokers], logLevel: logLevel.NOTHING });
  let ledger: Ledger;
  let relay: KafkaRelay | undefined;

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    await relay?.stop();
    await ledger.db.drop();
  });

  async function publishAll(topic: string, logger = new RecordingLogger()): Promise<KafkaRelay> {
    const started = new KafkaRelay({ ...ledger, brokers, topic, partitions: 3, batchSize: 200, logger });
    started.start();
    const last = cursorOf((await readLog(ledger.store, EVENTS)).at(-1)!);
    await waitFor('the relay to checkpoint the last event', () => started.status().checkpoint?.globalPosition === last.globalPosition);
    return started;
  }

  /** Deletes the topic; with `recreate`, creates it again empty, as a broker without its data would hold it. */
  async function loseTopic(topic: string, recreate: boolean): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.deleteTopics({ topics: [topic] });
      await waitFor('the topic to be gone', async () => !(await admin.listTopics()).includes(topic));
      if (recreate) {
        // A deletion finishes in the background; creating too early is refused.
        await waitFor('the topic to be created again', () => admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true }).catch(() => false));
      }
    } finally {
      await admin.disconnect();
    }
  }

  async function republishedAfterLoss(recreate: boolean): Promise<void> {
    const topic = uniqueTopic();
    await appendBacklog(ledger.store, 6, EVENTS / 6);
    const first = await publishAll(topic);
    await first.stop();
    expect(await ledger.checkpoints.published(first.name)).toBe(BigInt(EVENTS));

    await loseTopic(topic, recreate);
    const logger = new RecordingLogger();
    relay = await publishAll(topic, logger);

    expect(logger.lines.filter((line) => line.level === 'warn').map((line) => line.message)).toEqual([
      expect.stringContaining('the broker lost them; publishing the whole log again'),
    ]);
    const { events, stats } = await consumeAll(brokers, topic, EVENTS);
    expect(stats).toMatchObject({ delivered: EVENTS, duplicates: 0 });
    expect(new Set(events.map((e) => e.eventId)).size).toBe(EVENTS);
    expect(await ledger.checkpoints.published(relay.name)).toBe(BigInt(EVENTS));
  }

  it('given a published log, when the topic is gone at the next start, then the relay publishes the whole log again', async () => {
    await republishedAfterLoss(false);
  }, TIMEOUT_MS);

  it('given a published log, when the topic is back but empty, then the relay publishes the whole log again', async () => {
    await republishedAfterLoss(true);
  }, TIMEOUT_MS);

  it('given a published log and the topic intact, when the relay restarts, then it resumes from its checkpoint without a warning', async () => {
    const topic = uniqueTopic();
    await appendBacklog(ledger.store, 6, EVENTS / 6);
    const first = await publishAll(topic);
    await first.stop();
    const logger = new RecordingLogger();
    relay = await publishAll(topic, logger);
    expect(logger.count('warn')).toBe(0);
    expect(relay.status().publishedSinceStart).toBe(0);
  }, TIMEOUT_MS);
});
