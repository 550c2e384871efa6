import type { LogCursor } from '../../../src/event-store/index.js';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import type { RelayCheckpoints } from '../../../src/publishing/relay-checkpoints.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import {
  appendBacklog,
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

const TIMEOUT_MS = 120_000;

describeWithKafka('Kafka relay: checkpoints written after the broker acknowledged', () => {
  const brokers = kafkaBrokers() ?? [];
  let ledger: Ledger;
  const relays: KafkaRelay[] = [];

  beforeEach(async () => {
    ledger = await createLedger();
  });

  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    await ledger.db.drop();
  });

  it('given a relay whose checkpoint write fails after Kafka acknowledged, when a new relay resumes, then nothing is lost and consumers drop the repeats', async () => {
    const topic = uniqueTopic();
    await appendBacklog(ledger.store, 6, 1000);
    let saves = 0;
    const crashing: RelayCheckpoints = {
      load: (name) => ledger.checkpoints.load(name),
      published: (name) => ledger.checkpoints.published(name),
      restart: (name) => ledger.checkpoints.restart(name),
      save: async (name: string, cursor: LogCursor, published: bigint) => {
        saves += 1;
        if (saves > 3) throw new Error('simulated crash after produce, before checkpoint');
        await ledger.checkpoints.save(name, cursor, published);
      },
    };
    // A long backoff keeps the dying relay from trying again before it is stopped.
    const dying = new KafkaRelay({
      ...ledger,
      checkpoints: crashing,
      brokers,
      topic,
      partitions: 3,
      batchSize: 500,
      backoff: { initialMs: 60_000, maxMs: 60_000 },
      logger: new RecordingLogger(),
    });
    relays.push(dying);
    dying.start();
    await waitFor('the failed checkpoint write', () => dying.status().state === 'retrying');
    await dying.stop();
    const log = await readLog(ledger.store, 6000);
    await expect(ledger.checkpoints.load(dying.name)).resolves.toEqual(cursorOf(log[1499]!));
    // The fourth batch reached Kafka although its checkpoint was never written, and the fifth
    // may have too: it is sent while the fourth's checkpoint is being written.
    const published = (await readRaw(brokers, topic)).length;
    expect([2000, 2500]).toContain(published);

    const resumed = new KafkaRelay({ ...ledger, brokers, topic, partitions: 3, batchSize: 500, logger: new RecordingLogger() });
    relays.push(resumed);
    resumed.start();
    await waitFor('the resumed relay to finish', () => resumed.status().checkpoint?.globalPosition === log.at(-1)!.globalPosition);
    expect(resumed.status().publishedSinceStart).toBe(4500);

    const raw = await readRaw(brokers, topic);
    expect(raw).toHaveLength(published + 4500);
    const { events, stats } = await consumeAll(brokers, topic, log.length);
    expect(stats).toEqual({ delivered: 6000, duplicates: published - 1500, malformed: 0 });
    expect(new Set(events.map((e) => e.eventId))).toEqual(new Set(log.map((e) => e.eventId)));
    for (let s = 0; s < 6; s += 1) {
      const versions = events.filter((e) => e.streamId === `story-backlog-${s}`).map((e) => Number(e.streamVersion));
      expect(versions).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    }
  }, TIMEOUT_MS);

  it('given a checkpoint write that hangs, then the relay sends the next batch meanwhile but no further, and catches up once the write returns', async () => {
    const topic = uniqueTopic();
    await appendBacklog(ledger.store, 6, 1000);
    let saves = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow: RelayCheckpoints = {
      load: (name) => ledger.checkpoints.load(name),
      published: (name) => ledger.checkpoints.published(name),
      restart: (name) => ledger.checkpoints.restart(name),
      save: async (name: string, cursor: LogCursor, published: bigint) => {
        if (++saves === 2) await released;
        await ledger.checkpoints.save(name, cursor, published);
      },
    };
    const relay = new KafkaRelay({ ...ledger, checkpoints: slow, brokers, topic, partitions: 3, batchSize: 500, logger: new RecordingLogger() });
    relays.push(relay);
    relay.start();
    const log = await readLog(ledger.store, 6000);
    try {
      await waitFor('the second checkpoint write', () => saves === 2);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // Batch 3 went out while batch 2's checkpoint hangs; batch 4 waits for that checkpoint.
      expect(await readRaw(brokers, topic)).toHaveLength(1500);
      expect(saves).toBe(2);
      expect(relay.status()).toMatchObject({ checkpoint: cursorOf(log[499]!), publishedSinceStart: 500 });
    } finally {
      // Else stopping the relay would wait for the hung write forever.
      release();
    }
    await waitFor('the relay to finish', () => relay.status().checkpoint?.globalPosition === log.at(-1)!.globalPosition);
    await expect(ledger.checkpoints.load(relay.name)).resolves.toEqual(cursorOf(log.at(-1)!));
    expect(relay.status().publishedSinceStart).toBe(6000);
    expect(await readRaw(brokers, topic)).toHaveLength(6000);
  }, TIMEOUT_MS);
});
