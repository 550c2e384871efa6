/**
 * A consumer process of the relay bench (forked by ConsumerProcess, config as JSON in argv[2]):
 * stamps when each event first reaches its handler, and reports the stamps when told to finish.
 */
import pg from 'pg';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store.js';
import { KafkaEventSource } from '../../src/publishing/kafka-event-source.js';
import { type ConsumerConfig, type FromConsumer, type ToConsumer, wallClock } from './consumer-process.js';

const FINISH_DEADLINE_MS = 30_000;

const config = JSON.parse(process.argv[2]!) as ConsumerConfig;
const arrivals = new Map<string, number>();

async function handler(events: readonly StoredEvent[]): Promise<void> {
  const at = wallClock();
  for (const event of events) if (!arrivals.has(event.eventId)) arrivals.set(event.eventId, at);
}

/** Starts consuming; resolves to its stop function once the next append would be seen. */
async function start(): Promise<() => Promise<void>> {
  if (config.kind === 'kafka') {
    const source = new KafkaEventSource({
      brokers: config.brokers,
      topic: config.topic,
      groupId: `newsledger-bench-${process.pid}-${Date.now()}`,
      fromBeginning: true,
      handler,
      logger: { warn: (message: unknown) => console.warn(String(message)) },
    });
    await source.start();
    await source.joined;
    return () => source.stop();
  }
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  const store = createPostgresEventStore(pool);
  const after = { transactionId: BigInt(config.after.transactionId), globalPosition: BigInt(config.after.globalPosition) };
  await store.readAll({ after, limit: 1 });
  const subscription = store.subscribe({ after, handler });
  return async () => {
    await subscription.stop();
    await pool.end();
  };
}

const send = (message: FromConsumer, then: () => void = () => undefined): void => {
  process.send!(message, then);
};

const stop = await start();
process.on('message', async (message: ToConsumer) => {
  if (message.type === 'ping') {
    send({ type: 'pong', at: wallClock() });
    return;
  }
  const deadline = Date.now() + FINISH_DEADLINE_MS;
  while (arrivals.size < message.expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await stop();
  send({ type: 'arrivals', arrivals: [...arrivals] }, () => process.disconnect());
});
send({ type: 'ready' });
