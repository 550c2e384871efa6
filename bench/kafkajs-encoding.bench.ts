/**
 * kafkajs record encoding: µs per record to encode the relay's messages into 1,100-record
 * batches (about one 900 KB produce request), the way kafkajs's produce request does (Record,
 * then RecordBatch with its CRC32C). No broker, no database.
 * Usage: npm run bench:encoding [-- <kafkajs directory> ...]
 *
 * Several kafkajs directories (say a stock copy beside the patched node_modules/kafkajs, see
 * docs/kafka.md) are measured in alternating rounds in one process, so they share the load.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { toKafkaMessage } from '../src/publishing/envelope.js';
import { sampleEvents } from './support/sample-events.js';

const RECORDS = 1100;
const BATCHES = 200;
const WARM_UP_BATCHES = 20;
const ROUNDS = Number(process.env.BENCH_ENCODING_ROUNDS ?? 6);

interface Encoder {
  size(): number;
}
type EncodeRecord = (record: object) => Encoder;
type EncodeBatch = (batch: object) => Promise<Encoder>;

function loadKafkajs(directory: string): { encodeRecord: EncodeRecord; encodeBatch: EncodeBatch } {
  const load = createRequire(resolve(directory, 'package.json'));
  return {
    encodeRecord: load('./src/protocol/recordBatch/record/v0') as EncodeRecord,
    encodeBatch: (load('./src/protocol/recordBatch/v0') as { RecordBatch: EncodeBatch }).RecordBatch,
  };
}

const messages = sampleEvents(RECORDS).map((event, i) =>
  toKafkaMessage({
    ...event,
    metadata: event.metadata ?? {},
    globalPosition: BigInt(1_000_000 + i),
    transactionId: 788_412n,
    streamId: `fact-staff-reduction-ordered-rus-usa-2017-${i % 97}`,
    streamVersion: 1n,
    recordedAt: new Date('2026-11-21T11:44:18.485Z'),
  }),
);

async function encodeBatches({ encodeRecord, encodeBatch }: ReturnType<typeof loadKafkajs>, batches: number): Promise<number> {
  let bytes = 0;
  for (let b = 0; b < batches; b++) {
    const now = Date.now();
    const records = messages.map((message, i) => encodeRecord({ ...message, offsetDelta: i, timestampDelta: 0 }));
    bytes += (await encodeBatch({ records, firstTimestamp: now, maxTimestamp: now, lastOffsetDelta: RECORDS - 1 })).size();
  }
  return bytes;
}

async function main(): Promise<void> {
  const directories = process.argv.slice(2);
  if (directories.length === 0) directories.push('node_modules/kafkajs');
  const variants = directories.map((directory) => ({ directory, kafkajs: loadKafkajs(directory), perRecordUs: [] as number[] }));

  const bytes = await encodeBatches(variants[0].kafkajs, 1);
  console.log(`${RECORDS} records per batch, ${(bytes / RECORDS).toFixed(0)} bytes per record; load average ${loadavg()[0].toFixed(2)}`);
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of variants) {
      await encodeBatches(variant.kafkajs, WARM_UP_BATCHES);
      const start = process.hrtime.bigint();
      await encodeBatches(variant.kafkajs, BATCHES);
      variant.perRecordUs.push(Number(process.hrtime.bigint() - start) / 1000 / (BATCHES * RECORDS));
    }
  }
  for (const { directory, perRecordUs } of variants) {
    const median = [...perRecordUs].sort((a, b) => a - b)[Math.floor(perRecordUs.length / 2)];
    console.log(`${directory}: µs per record ${perRecordUs.map((us) => us.toFixed(2)).join(' / ')}, median ${median.toFixed(2)}`);
  }
  console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
