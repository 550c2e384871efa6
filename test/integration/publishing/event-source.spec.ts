import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Message, Partitioners } from 'kafkajs';
import type { StoredEvent } from '../../../src/event-store/index.js';
import { decodeEnvelope, toKafkaMessage } from '../../../src/publishing/envelope.js';
import { KafkaEventSource, type MalformedMessage } from '../../../src/publishing/kafka-event-source.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import { uniqueGroup, uniqueTopic, waitFor } from './fixture.js';

const TIMEOUT_MS = 120_000;

const stored = (position: number, overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  globalPosition: BigInt(position),
  transactionId: BigInt(1000 + position),
  streamId: 'story-malformed',
  streamVersion: BigInt(position),
  eventId: randomUUID(),
  type: 'StoryRevised',
  schemaVersion: 1,
  data: { headline: `version ${position}`, big: '9007199254740993' },
  metadata: { source: 'test', knownAt: null },
  recordedAt: new Date('2017-08-27T03:48:44.123Z'),
  ...overrides,
});

describe('the Kafka envelope', () => {
  it('given a stored event, when encoded and decoded, then it comes back equal, bigints included', () => {
    const event = stored(3, { globalPosition: 2n ** 60n, transactionId: 2n ** 61n + 7n });
    const message = toKafkaMessage(event);
    expect(JSON.parse(message.value).globalPosition).toBe('1152921504606846976');
    expect(decodeEnvelope(message.value)).toEqual({ ok: true, event });
  });

  it.each([
    ['not JSON', '{"eventId":', /^not JSON/],
    ['a JSON array', '[1,2]', /not a JSON object/],
    ['a number where a string belongs', JSON.stringify({ eventId: 7 }), /eventId must be a non-empty string/],
    ['a numeric position', JSON.stringify({ ...JSON.parse(toKafkaMessage(stored(1)).value), globalPosition: 1 }), /globalPosition/],
    ['a bad time', JSON.stringify({ ...JSON.parse(toKafkaMessage(stored(1)).value), recordedAt: 'yesterday' }), /recordedAt/],
    ['no schema version', JSON.stringify({ ...JSON.parse(toKafkaMessage(stored(1)).value), schemaVersion: undefined }), /schemaVersion/],
  ])('given %s, when decoded, then it is rejected with a reason', (_, value, reason) => {
    const result = decodeEnvelope(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});

describeWithKafka('KafkaEventSource', () => {
  const brokers = kafkaBrokers() ?? [];

  it('given malformed messages and redeliveries among good ones, when consumed, then bad ones are reported and skipped, repeats dropped, and the rest delivered in order', async () => {
    const topic = uniqueTopic();
    const events = Array.from({ length: 6 }, (_, i) => stored(i + 1));
    const raw = (value: string | null, key = 'story-malformed'): Message => ({ key, value });
    const messages: Message[] = [
      toKafkaMessage(events[0]!),
      raw('not json at all'),
      toKafkaMessage(events[1]!),
      raw(JSON.stringify({ eventId: randomUUID(), type: 'StoryRevised' })),
      raw(null),
      toKafkaMessage(events[2]!),
      toKafkaMessage(events[1]!),
      { ...toKafkaMessage(events[3]!), key: 'story-elsewhere' },
      toKafkaMessage(events[3]!),
      toKafkaMessage(events[4]!),
      toKafkaMessage(events[2]!),
      toKafkaMessage(events[5]!),
    ];
    const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    // One send per message so the broker stores them as separate batches, as separate relay runs would.
    for (const message of messages) await producer.send({ topic, messages: [message] });
    await producer.disconnect();

    const delivered: StoredEvent[] = [];
    const reported: MalformedMessage[] = [];
    let calls = 0;
    const source = new KafkaEventSource({
      brokers,
      topic,
      groupId: uniqueGroup(),
      fromBeginning: true,
      handler: async (batch) => {
        calls += 1;
        // The first attempt fails: the batch must be offered again, not counted as seen.
        if (calls === 1) throw new Error('handler hiccup');
        delivered.push(...batch);
      },
      onMalformed: (message) => reported.push(message),
      logger: { warn: () => undefined },
    });
    await source.start();
    try {
      await waitFor('all good events', () => delivered.length >= 6);
    } finally {
      await source.stop();
    }

    expect(delivered).toEqual(events);
    const reasons = [...new Map(reported.map((m) => [m.offset, m])).values()].map((m) => [m.offset, m.reason]);
    expect(reasons).toEqual([
      ['1', expect.stringMatching(/^not JSON/)],
      ['3', expect.stringMatching(/schemaVersion|streamId/)],
      ['4', expect.stringMatching(/empty value/)],
      ['7', 'key "story-elsewhere" does not match streamId "story-malformed"'],
    ]);
    expect(source.stats.delivered).toBe(6);
    expect(source.stats.duplicates).toBeGreaterThanOrEqual(2);
  }, TIMEOUT_MS);

  it('given an unreachable broker, when started, then start rejects', async () => {
    const source = new KafkaEventSource({
      brokers: ['127.0.0.1:1'],
      topic: uniqueTopic(),
      groupId: uniqueGroup(),
      handler: async () => undefined,
      kafka: { retry: { retries: 0 } },
    });
    await expect(source.start()).rejects.toThrow(/connect|ECONNREFUSED/i);
  }, TIMEOUT_MS);
});
