import { randomBytes, randomUUID } from 'node:crypto';
import { type IHeaders, logLevel, Kafka } from 'kafkajs';
import {
  createPostgresEventStore,
  eventStoreMigrations,
  type EventStore,
  type LogCursor,
  LOG_START,
  type NewEvent,
  runMigrations,
  type StoredEvent,
} from '../../../src/event-store/index.js';
import { KafkaEventSource } from '../../../src/publishing/kafka-event-source.js';
import { publishingMigrations } from '../../../src/publishing/publishing.migrations.js';
import { PostgresRelayCheckpoints } from '../../../src/publishing/relay-checkpoints.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

export interface Ledger {
  readonly db: TestDatabase;
  readonly store: EventStore;
  readonly checkpoints: PostgresRelayCheckpoints;
}

export async function createLedger(): Promise<Ledger> {
  const db = await createTestDatabase();
  await runMigrations(db.pool, [...eventStoreMigrations, ...publishingMigrations]);
  return { db, store: createPostgresEventStore(db.pool, { pollIntervalMs: 200 }), checkpoints: new PostgresRelayCheckpoints(db.pool) };
}

export const uniqueTopic = (): string => `newsledger.test.${randomBytes(5).toString('hex')}`;
export const uniqueGroup = (): string => `newsledger-test-${randomBytes(5).toString('hex')}`;

export function newEvents(count: number, type = 'StoryRevised'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: { n: i, title: `revision ${i}` },
    metadata: { source: 'test', knownAt: '2017-08-27T03:48:44Z' },
  }));
}

/**
 * Appends `perStream` events to each stream, one event per append, with `writers` appends
 * in flight, so transactions commit out of position order as they do in production.
 */
export async function appendConcurrently(store: EventStore, streams: readonly string[], perStream: number, writers = 8): Promise<void> {
  // A writer takes a whole stream at a time: one stream's events must be appended in order.
  const pending = streams.map((streamId) => ({ streamId, events: newEvents(perStream) }));
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        for (const event of next.events) await store.append(next.streamId, [event]);
      }
    }),
  );
}

/** Bulk backlog: many events per append, for tests that need a large log quickly. */
export async function appendBacklog(store: EventStore, streams: number, perStream: number, prefix = 'story-backlog'): Promise<void> {
  for (let s = 0; s < streams; s += 1) {
    for (let done = 0; done < perStream; done += 500) {
      await store.append(`${prefix}-${s}`, newEvents(Math.min(500, perStream - done)));
    }
  }
}

/**
 * The whole log once `count` events are readable. Readers see only transactions older than
 * the cluster-wide xmin, so on a shared server another database's open transaction can hide
 * events appended a moment ago.
 */
export async function readLog(store: EventStore, count: number): Promise<StoredEvent[]> {
  let all: StoredEvent[] = [];
  await waitFor(`${count} readable events`, async () => {
    all = [];
    let after: LogCursor = LOG_START;
    for (let page = await store.readAll({ after, limit: 5000 }); page.events.length > 0; page = await store.readAll({ after, limit: 5000 })) {
      all.push(...page.events);
      after = page.next;
    }
    return all.length >= count;
  });
  return all;
}

export const cursorOf = (event: StoredEvent): LogCursor => ({
  transactionId: event.transactionId,
  globalPosition: event.globalPosition,
});

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Consumes the topic from the beginning through KafkaEventSource until `count` events arrived. */
export async function consumeAll(brokers: readonly string[], topic: string, count: number, timeoutMs = 60_000) {
  const events: StoredEvent[] = [];
  const source = new KafkaEventSource({
    brokers,
    topic,
    groupId: uniqueGroup(),
    fromBeginning: true,
    handler: async (batch) => {
      events.push(...batch);
    },
  });
  await source.start();
  try {
    await waitFor(`${count} events from Kafka (got ${events.length})`, () => events.length >= count, timeoutMs);
    // Anything beyond `count` (a duplicate that slipped through) would arrive with the same fetch.
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    await source.stop();
  }
  return { events, stats: source.stats };
}

export interface RawMessage {
  readonly partition: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

/** Every message on the topic as stored, duplicates included: reads each partition to its end. */
export async function readRaw(brokers: readonly string[], topic: string): Promise<RawMessage[]> {
  const kafka = new Kafka({ brokers: [...brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const total = ends.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  const messages: RawMessage[] = [];
  const consumer = kafka.consumer({ groupId: uniqueGroup() });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      messages.push({
        partition,
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? null,
        headers: headersOf(message.headers),
      });
    },
  });
  try {
    await waitFor(`${total} raw messages (got ${messages.length})`, () => messages.length >= total);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}

/** Records what the relay logs, so tests can count state-change lines. */
export class RecordingLogger {
  readonly lines: { level: 'log' | 'warn'; message: string }[] = [];
  log(message: unknown): void {
    this.lines.push({ level: 'log', message: String(message) });
  }
  warn(message: unknown): void {
    this.lines.push({ level: 'warn', message: String(message) });
  }
  count(level: 'log' | 'warn'): number {
    return this.lines.filter((line) => line.level === level).length;
  }
}
