/**
 * Kafka relay benchmark: (1) throughput publishing a 500,000-event backlog, each round beside a
 * plain kafkajs producer sending the same messages (the floor; medians of the rounds count),
 * (2) end-to-end latency from the append call to a Kafka consumer's handler at a steady 1,000
 * events/s, beside a plain store subscription (no Kafka).
 * Usage: DATABASE_URL=postgres://... KAFKA_BROKERS=127.0.0.1:9092 npm run bench:relay
 * (BENCH_RELAY_EVENTS, BENCH_RELAY_ROUNDS and BENCH_RELAY_LATENCY_SECONDS size it; `npm run bench` makes it small).
 *
 * It creates (and finally drops) its own database next to DATABASE_URL's, and uses topics of
 * its own, so it never touches existing data.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { EventStore, LogCursor } from '../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import type { Message } from 'kafkajs';
import { LOG_START } from '../src/event-store/event-store.port.js';
import { toKafkaMessage } from '../src/publishing/envelope.js';
import { createKafka, ensureTopic, messagesWritten } from '../src/publishing/kafka-client.js';
import { partitionChooser, produceRequests } from '../src/publishing/produce-requests.js';
import { streamPartitioner } from '../src/publishing/stream-partitioner.js';
import { KafkaRelay } from '../src/publishing/kafka-relay.js';
import { publishingMigrations } from '../src/publishing/publishing.migrations.js';
import { PostgresRelayCheckpoints } from '../src/publishing/relay-checkpoints.js';
import { ConsumerProcess, wallClock } from './support/consumer-process.js';
import { median, recordCheck, recordFigure } from './support/bench-report.js';
import { sampleEvents } from './support/sample-events.js';
import { createScratchDatabase } from './support/scratch-database.js';

const BACKLOG = Number(process.env.BENCH_RELAY_EVENTS ?? 500_000);
// Of the plain producer's events/s (issue 19).
const THROUGHPUT_TARGET_RATIO = 0.7;
const RATE = 1000;
const LATENCY_SECONDS = Number(process.env.BENCH_RELAY_LATENCY_SECONDS ?? 30);
const WARM_UP_SECONDS = 3;
const LATENCY_TARGET_P99_MS = 100;
const PARTITIONS = 3;
const ROUNDS = Number(process.env.BENCH_RELAY_ROUNDS ?? 3);
const LATENCY_ROUNDS = 3;
const quiet = { log: () => undefined, warn: (message: unknown) => console.warn(String(message)) };

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS?.split(',').map((b) => b.trim());
  if (!adminUrl || !brokers) {
    console.error('DATABASE_URL and KAFKA_BROKERS are required, e.g.\n  DATABASE_URL=postgres://root@127.0.0.1:5432/postgres KAFKA_BROKERS=127.0.0.1:9092 npm run bench:relay');
    process.exit(2);
  }
  const scratch = await createScratchDatabase(adminUrl, 10);
  const { pool } = scratch;
  const suffix = randomBytes(4).toString('hex');
  try {
    await runMigrations(pool, [...eventStoreMigrations, ...publishingMigrations]);
    const store = createPostgresEventStore(pool);
    const checkpoints = new PostgresRelayCheckpoints(pool);
    console.log(`appending a backlog of ${fmt(BACKLOG)} events...`);
    await appendBacklog(store, BACKLOG);
    const throughput = await measureThroughput(store, checkpoints, brokers, `newsledger.bench.${suffix}.backlog`);
    const databaseUrl = pool.options.connectionString!;
    // What the throughput rounds wrote is left for the kernel to write out during the latency
    // run, as on a service that just published a backlog.
    console.log(`${dirtyMegabytes()} of dirty pages left by the throughput rounds`);
    const latency = await measureLatency(store, checkpoints, brokers, `newsledger.bench.${suffix}.latency`, throughput.end, databaseUrl);
    console.log(`\n${markdown(throughput, latency)}`);
  } finally {
    await scratch.drop();
    await deleteTopics(brokers, `newsledger.bench.${suffix}.`);
  }
}

function dirtyMegabytes(): string {
  try {
    const kb = /^Dirty:\s+(\d+) kB$/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
    return kb ? `${fmt(Math.round(Number(kb) / 1024))} MB` : 'an unknown amount';
  } catch {
    return 'an unknown amount';
  }
}

/** The run's topics take a few GB on the shared broker; like the database, they go at the end. */
async function deleteTopics(brokers: string[], prefix: string): Promise<void> {
  const admin = createKafka(brokers, 'newsledger-bench').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

interface Throughput {
  readonly events: number;
  /** Seconds per round, the relay's and the plain producer's; the medians count. */
  readonly rounds: readonly number[];
  readonly floorRounds: readonly number[];
  readonly megabytes: number;
  /** The backlog's last cursor, where the latency run starts. */
  readonly end: LogCursor;
}

async function measureThroughput(store: EventStore, checkpoints: PostgresRelayCheckpoints, brokers: string[], topic: string): Promise<Throughput> {
  let end: LogCursor | null = null;
  const rounds: number[] = [];
  const floorRounds: number[] = [];
  const messages = await backlogMessages(store);
  for (let round = 1; round <= ROUNDS; round += 1) {
    // A fresh relay name and topic per round: each publishes the whole backlog from position 0.
    const relayTopic = `${topic}.${round}`;
    const relay = new KafkaRelay({ store, checkpoints, brokers, topic: relayTopic, partitions: PARTITIONS, name: `bench-${topic}-${round}`, logger: quiet });
    const started = process.hrtime.bigint();
    const cpu = { process: process.cpuUsage(), machine: machineCpu() };
    relay.start();
    while (relay.status().publishedSinceStart < BACKLOG) await sleep(5);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const processCpuUs = Object.values(process.cpuUsage(cpu.process)).reduce((a, b) => a + b);
    const machine = machineCpu();
    end = relay.status().checkpoint;
    await relay.stop();
    rounds.push(seconds);
    await checkTopicHolds(brokers, relayTopic, BACKLOG, `relay round ${round}`);
    console.log(
      `round ${round}: ${fmt(BACKLOG / seconds)} events/s (${seconds.toFixed(1)} s); this process used ${((processCpuUs / 1e6 / seconds) * 100).toFixed(0)}% ` +
        `of a core, ${(processCpuUs / BACKLOG).toFixed(1)} µs per event; the machine was busy ${(100 - (100 * (machine.idle - cpu.machine.idle)) / (machine.total - cpu.machine.total)).toFixed(0)}% of ${cpus().length} cores`,
    );
    const floorSeconds = await plainProducer(brokers, `${topic}.plain.${round}`, messages);
    floorRounds.push(floorSeconds);
    await checkTopicHolds(brokers, `${topic}.plain.${round}`, BACKLOG, `plain producer round ${round}`);
    console.log(`round ${round}, plain producer, same messages: ${fmt(BACKLOG / floorSeconds)} events/s (${floorSeconds.toFixed(1)} s)`);
  }
  const relayRate = BACKLOG / median(rounds);
  const floorRate = BACKLOG / median(floorRounds);
  recordFigure({
    bench: 'relay',
    name: `relay throughput, ${fmt(BACKLOG)}-event backlog, ${PARTITIONS} partitions, median of ${ROUNDS} rounds`,
    value: relayRate,
    unit: 'events/s',
    better: 'higher',
    floor: { name: 'plain kafkajs producer, same messages', value: floorRate },
    target: THROUGHPUT_TARGET_RATIO,
    note: `relay rounds ${rounds.map((r) => fmt(BACKLOG / r)).join(' / ')}; producer ${floorRounds.map((r) => fmt(BACKLOG / r)).join(' / ')}`,
  });
  const megabytes = (BACKLOG * Buffer.byteLength(JSON.stringify(sampleEvents(1)[0]!.data))) / 1e6;
  return { events: BACKLOG, rounds, floorRounds, megabytes, end: end! };
}

/** The backlog as the relay's messages, read and encoded before the floor's clock starts. */
async function backlogMessages(store: EventStore): Promise<(Message & { value: string })[]> {
  const messages: (Message & { value: string })[] = [];
  for (let after: LogCursor = LOG_START; ; ) {
    const page = await store.readAll({ after, limit: 10_000 });
    if (page.scanned === 0) return messages;
    messages.push(...page.events.map(toKafkaMessage));
    after = page.next;
  }
}

/**
 * The floor: kafkajs's producer with its defaults (acks from all replicas, the relay's
 * partitioner so partitions get the same messages) sending the same messages in the relay's
 * produce requests (the relay's split: at most so many bytes per partition), one after another,
 * with nothing read, encoded or checkpointed.
 */
async function plainProducer(brokers: string[], topic: string, messages: readonly (Message & { value: string })[]): Promise<number> {
  // Timed from the same point as a relay round: connecting and creating the topic included.
  const started = process.hrtime.bigint();
  const kafka = createKafka(brokers, 'newsledger-bench-plain');
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopic(admin, topic, PARTITIONS);
  const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: streamPartitioner });
  await producer.connect();
  try {
    for (const request of produceRequests(messages, partitionChooser(topic, topics[0]!.partitions))) {
      await producer.send({ topic, acks: -1, messages: request });
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await producer.disconnect();
  }
}

/** Exactly once at the broker: the topic holds as many messages as events were published. */
async function checkTopicHolds(brokers: string[], topic: string, expected: number, what: string): Promise<void> {
  const admin = createKafka(brokers, 'newsledger-bench').admin();
  await admin.connect();
  try {
    const held = Number(await messagesWritten(admin, topic));
    recordCheck({ bench: 'relay', name: `${what}: the topic holds each event once`, ok: held === expected, detail: `${held} messages, ${expected} events` });
  } finally {
    await admin.disconnect();
  }
}

/** Commit (in the service process) to a handler in a consumer process. */
interface Latency {
  readonly samples: number;
  /** p99 from the append call of each round (consecutive slices of the run), per consumer. */
  readonly windows: { readonly kafka: readonly number[]; readonly store: readonly number[] };
  /** Appends committed per second over the run (the schedule asks for RATE). */
  readonly committedRate: number;
  readonly kafka: Delivery;
  readonly storeOnly: Delivery;
  /** The consumers' wall clocks minus the service's, and how well that is known. */
  readonly clockOffsets: readonly { readonly offsetMs: number; readonly uncertaintyMs: number }[];
}

interface Delivery extends Percentiles {
  readonly p99FromCall: number;
}

/**
 * The topology a deployment has: this process is the service, taking appends and running the
 * relay on the same store (so the relay is woken in-process), and the consumers are other
 * processes. One is a Kafka consumer group; the other, the baseline, a plain store
 * subscription (woken by NOTIFY), so what Kafka adds shows as the difference.
 *
 * Appends come one event per millisecond on schedule, each its own append; each event is timed
 * from the append's commit (when the caller gets its answer) to each consumer's handler. The
 * time from the append call is reported too: on a busy machine appends queue, and that is the
 * store's latency, not the relay's.
 */
async function measureLatency(
  store: EventStore,
  checkpoints: PostgresRelayCheckpoints,
  brokers: string[],
  topic: string,
  after: LogCursor,
  databaseUrl: string,
): Promise<Latency> {
  const name = `bench-latency-${topic}`;
  // Starts after the backlog: this relay publishes only what the measurement appends (none of it yet).
  await checkpoints.save(name, after, 0n);
  const relay = new KafkaRelay({ store, checkpoints, brokers, topic, partitions: PARTITIONS, name, logger: quiet });
  relay.start();
  while (relay.status().state !== 'publishing') await sleep(10);

  const consumers = [
    new ConsumerProcess({ kind: 'kafka', brokers, topic }),
    new ConsumerProcess({
      kind: 'store',
      databaseUrl,
      after: { transactionId: after.transactionId.toString(), globalPosition: after.globalPosition.toString() },
    }),
  ];
  try {
    await Promise.all(consumers.map((consumer) => consumer.ready()));
    const clockOffsets = [];
    for (const consumer of consumers) clockOffsets.push(await consumer.clockOffset());

    console.log(`appending ${RATE} events/s for ${LATENCY_SECONDS} s...`);
    const total = RATE * LATENCY_SECONDS;
    const warmUp = RATE * WARM_UP_SECONDS;
    const samples = new Map<string, { called: number; committed: number }>();
    const appends: Promise<unknown>[] = [];
    const start = performance.now();
    for (let sent = 0; sent < total; ) {
      const due = Math.min(total, Math.floor(((performance.now() - start) * RATE) / 1000));
      for (; sent < due; sent += 1) {
        const [event] = sampleEvents(1, sent);
        const sample = { called: wallClock(), committed: NaN };
        if (sent >= warmUp) samples.set(event!.eventId, sample);
        appends.push(store.append(`fact-bench-latency-${sent % 100}`, [event!]).then(() => (sample.committed = wallClock())));
      }
      await sleep(1);
    }
    await Promise.all(appends);
    const committedRate = total / ((performance.now() - start) / 1000);
    const [kafkaArrivals, storeArrivals] = await Promise.all(consumers.map((consumer) => consumer.finish(total)));
    const kafka = delivery('Kafka', [...samples], kafkaArrivals!);
    const storeOnly = delivery('store subscription', [...samples], storeArrivals!);
    const windows = { kafka: p99sFromCall([...samples], kafkaArrivals!), store: p99sFromCall([...samples], storeArrivals!) };
    recordFigure({
      bench: 'relay',
      name: `append call → Kafka consumer's handler (another process) at ${fmt(committedRate)} events/s, p99, median of ${LATENCY_ROUNDS} rounds`,
      value: median(windows.kafka),
      unit: 'ms',
      better: 'lower',
      floor: { name: 'append call → plain store subscription (no Kafka), same events', value: median(windows.store) },
      note: `rounds ${windows.kafka.map(ms).join(' / ')}; store ${windows.store.map(ms).join(' / ')}`,
    });
    const result = { samples: samples.size, committedRate, kafka, storeOnly, clockOffsets, windows };
    console.log(
      `latency commit -> Kafka consumer process at ${fmt(committedRate)} events/s: p50 ${ms(kafka.p50)}, p95 ${ms(kafka.p95)}, ` +
        `p99 ${ms(kafka.p99)} (target ${LATENCY_TARGET_P99_MS} ms: ${kafka.p99 <= LATENCY_TARGET_P99_MS ? 'met' : 'MISSED'}), max ${ms(kafka.max)}; ` +
        `p99 from the append call ${ms(kafka.p99FromCall)}; store subscription process p50 ${ms(storeOnly.p50)}, p99 ${ms(storeOnly.p99)}; ` +
        `clock offsets ${clockOffsets.map((c) => `${c.offsetMs.toFixed(2)} ± ${c.uncertaintyMs.toFixed(2)} ms`).join(', ')}`,
    );
    return result;
  } finally {
    for (const consumer of consumers) consumer.kill();
    await relay.stop();
  }
}

function delivery(consumer: string, samples: [string, { called: number; committed: number }][], arrivals: Map<string, number>): Delivery {
  const missing = samples.filter(([eventId]) => !arrivals.has(eventId)).length;
  if (missing > 0) throw new Error(`${missing} of ${samples.length} events never reached the ${consumer}`);
  // A consumer can see an event a hair before the appender's promise settles.
  const fromCommit = percentiles(samples.map(([eventId, s]) => Math.max(0, arrivals.get(eventId)! - s.committed)));
  const fromCall = percentiles(samples.map(([eventId, s]) => arrivals.get(eventId)! - s.called));
  return { ...fromCommit, p99FromCall: fromCall.p99 };
}

/** The run cut into LATENCY_ROUNDS consecutive rounds: each round's p99 from the append call. */
function p99sFromCall(samples: [string, { called: number }][], arrivals: Map<string, number>): number[] {
  const size = Math.ceil(samples.length / LATENCY_ROUNDS);
  return Array.from({ length: LATENCY_ROUNDS }, (_, round) =>
    percentiles(samples.slice(round * size, (round + 1) * size).map(([eventId, s]) => arrivals.get(eventId)! - s.called)).p99,
  );
}

interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)! };
}

/** CPU time of all cores so far (ms): with this process's own, it tells a starved relay from a slow one. */
function machineCpu(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function appendBacklog(store: EventStore, count: number): Promise<void> {
  const perAppend = 100;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, writer) => {
      for (;;) {
        const first = next;
        next += perAppend;
        if (first >= count) return;
        await store.append(`fact-bench-${writer}-${first}`, sampleEvents(Math.min(perAppend, count - first), first));
      }
    }),
  );
}


function markdown(t: Throughput, l: Latency): string {
  const relay = median(t.rounds);
  const plain = median(t.floorRounds);
  const rounds = (seconds: readonly number[]) => seconds.map((s) => fmt(t.events / s)).join(' / ');
  return [
    '| measurement | result | floor (same run) | ratio |',
    '|---|---:|---:|---:|',
    `| relay throughput, ${fmt(t.events)}-event backlog, ${PARTITIONS} partitions (median of ${t.rounds.length}: ${rounds(t.rounds)}; plain producer ${rounds(t.floorRounds)}) | ${fmt(t.events / relay)} events/s (${relay.toFixed(1)} s, ${(t.megabytes / relay).toFixed(1)} MB/s of event data) | plain kafkajs producer ${fmt(t.events / plain)} events/s | ${(plain / relay).toFixed(2)} (≥ ${THROUGHPUT_TARGET_RATIO}) |`,
    `| append call → Kafka consumer's handler (another process) at ${fmt(l.committedRate)} events/s, p99, median of ${LATENCY_ROUNDS} rounds (${l.windows.kafka.map(ms).join(' / ')}) | ${ms(median(l.windows.kafka))} | append call → plain store subscription ${ms(median(l.windows.store))} | ${(median(l.windows.kafka) / median(l.windows.store)).toFixed(2)} |`,
    `| append commit → Kafka consumer, p50 / p95 / p99 / max (${fmt(l.samples)} samples after ${WARM_UP_SECONDS} s warm-up) | ${ms(l.kafka.p50)} / ${ms(l.kafka.p95)} / ${ms(l.kafka.p99)} / ${ms(l.kafka.max)} | store subscription ${ms(l.storeOnly.p50)} / ${ms(l.storeOnly.p95)} / ${ms(l.storeOnly.p99)} / ${ms(l.storeOnly.max)} | |`,
    `| consumer clocks minus the service's (Kafka, store) | ${l.clockOffsets.map((c) => `${c.offsetMs.toFixed(2)} ± ${c.uncertaintyMs.toFixed(2)} ms`).join(', ')} | | |`,
  ].join('\n');
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await main();
