import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '../event-store/event-store.port.js';
import { envelopeJsonText } from '../event-store/envelope-json.js';
import { createKafka } from './kafka-client.js';
import { KafkaEventSource } from './kafka-event-source.js';

export const CONSUME_USAGE = `Usage: npm run consume -- [--from-beginning] [--group <id>] [--type <EventType>]... [--json]

Prints the ledger's events as they arrive on Kafka, one line each.
  --from-beginning  start at the oldest event (for a group without committed offsets)
  --group <id>      consumer group; resumes where that group left off (default: a new group)
  --type <type>     only events of this type; repeat for several
  --json            print each event's full JSON envelope instead of a summary line
Reads KAFKA_BROKERS and NEWSLEDGER_KAFKA_TOPIC (default newsledger.events).`;

export interface ConsumeArgs {
  readonly fromBeginning: boolean;
  readonly groupId: string | null;
  readonly types: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseConsumeArgs(argv: readonly string[]): ConsumeArgs {
  let fromBeginning = false;
  let json = false;
  let help = false;
  let groupId: string | null = null;
  const types: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--') || next.trim() === '') throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--from-beginning') fromBeginning = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--group') groupId = value();
    else if (arg === '--type') types.push(value());
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  return { fromBeginning, groupId, types, json, help };
}

export function formatEvent(event: StoredEvent, json: boolean): string {
  if (json) return envelopeJsonText(event);
  return `${event.globalPosition.toString().padStart(8)}  ${event.type.padEnd(26)}  ${event.streamId}  ${event.eventId}`;
}

export interface ConsumeTarget {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Consuming ends when it aborts. */
  readonly signal: AbortSignal;
}

/** Rejects with a readable message when the broker is unreachable or the topic missing. */
export async function runConsume(args: ConsumeArgs, target: ConsumeTarget): Promise<void> {
  await assertTopicReachable(target.brokers, target.topic);
  const wanted = new Set(args.types);
  const source = new KafkaEventSource({
    brokers: target.brokers,
    topic: target.topic,
    groupId: args.groupId ?? `newsledger-consume-${randomUUID()}`,
    fromBeginning: args.fromBeginning,
    handler: async (events) => {
      for (const event of events) if (wanted.size === 0 || wanted.has(event.type)) target.out(formatEvent(event, args.json));
    },
    onMalformed: (m) => target.err(`skipped malformed message ${m.topic}/${m.partition}@${m.offset}: ${m.reason}`),
    // stdout carries the events (possibly as JSON lines), so diagnostics go to stderr.
    logger: { warn: (message) => target.err(String(message)) },
  });
  await source.start();
  await new Promise<void>((resolve) => {
    if (target.signal.aborted) resolve();
    target.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await source.stop();
}

async function assertTopicReachable(brokers: readonly string[], topic: string): Promise<void> {
  const admin = createKafka(brokers, 'newsledger-consume', { retry: { retries: 1, initialRetryTime: 300 } }).admin();
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`cannot reach Kafka at ${brokers.join(',')}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const topics = await admin.listTopics();
    if (!topics.includes(topic)) {
      throw new Error(`topic "${topic}" does not exist on ${brokers.join(',')}; the service's relay creates it when it starts with KAFKA_BROKERS set`);
    }
  } finally {
    await admin.disconnect();
  }
}
