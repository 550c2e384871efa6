import { type Message, type PartitionerArgs, Partitioners } from 'kafkajs';
import { partitionChooser, produceRequests } from '../../../src/publishing/produce-requests.js';

const metadata = (count: number): PartitionerArgs['partitionMetadata'] =>
  Array.from({ length: count }, (_, partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));

const message = (key: string, bytes: number): Message & { value: string } => ({ key, value: 'x'.repeat(bytes) });
// What produceRequests counts per record besides its value.
const OVERHEAD = 128;

describe('produce requests', () => {
  const partitions = metadata(3);
  const messages = Array.from({ length: 600 }, (_, i) => message(`stream-${i % 41}`, 100 + ((i * 37) % 400)));

  it('given messages over three partitions, then every message is sent once, in order, to the partition the default partitioner picks', () => {
    const reference = Partitioners.DefaultPartitioner();
    const requests = [...produceRequests(messages.map((m) => ({ ...m })), partitionChooser('events', partitions), 20_000)];
    const sent = requests.flat();
    expect(sent.map((m) => m.key)).toEqual(messages.map((m) => m.key));
    for (const m of sent) expect(m.partition).toBe(reference({ topic: 'events', partitionMetadata: partitions, message: { key: m.key, value: m.value } }));
  });

  it('given a cap per partition, then no request holds more than the cap for any partition, and requests are filled past one cap in total', () => {
    const cap = 20_000;
    const requests = [...produceRequests(messages.map((m) => ({ ...m })), partitionChooser('events', partitions), cap)];
    const bytesPerPartition = requests.map((request) => {
      const bytes = new Map<number, number>();
      for (const m of request) bytes.set(m.partition!, (bytes.get(m.partition!) ?? 0) + (m.value as string).length + OVERHEAD);
      return bytes;
    });
    for (const bytes of bytesPerPartition) for (const held of bytes.values()) expect(held).toBeLessThanOrEqual(cap);
    const totals = bytesPerPartition.map((bytes) => [...bytes.values()].reduce((a, b) => a + b, 0));
    expect(totals.slice(0, -1).every((total) => total > cap)).toBe(true);
  });

  it('given a message larger than the cap, then it goes alone', () => {
    const requests = [...produceRequests([message('a', 10), message('b', 5_000), message('c', 10)], () => 0, 1_000)];
    expect(requests.map((request) => request.map((m) => m.key))).toEqual([['a'], ['b'], ['c']]);
  });

  it('given a topic whose metadata lists no partitions, then choosing fails instead of addressing a partition that does not exist', () => {
    expect(() => partitionChooser('events', [])).toThrow(/no partitions/);
  });
});
