import { type PartitionerArgs, Partitioners } from 'kafkajs';
import { streamPartitioner } from '../../../src/publishing/stream-partitioner.js';

const metadata = (count: number): PartitionerArgs['partitionMetadata'] =>
  Array.from({ length: count }, (_, partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));

const args = (topic: string, partitions: number, key: string): PartitionerArgs => ({
  topic,
  partitionMetadata: metadata(partitions),
  message: { key, value: '{}' },
});

describe('stream partitioner', () => {
  const keys = Array.from({ length: 500 }, (_, i) => `fact-${i % 7 === 0 ? 'ru-us' : 'story'}-${i}`);

  it('given keys seen once or many times, then each goes where the default partitioner sends it', () => {
    const reference = Partitioners.DefaultPartitioner();
    const cached = streamPartitioner();
    for (const key of [...keys, ...keys, ...keys.slice().reverse()]) {
      expect(cached(args('events', 3, key))).toBe(reference(args('events', 3, key)));
    }
  });

  it('given the partition count or the topic changes, then keys seen before are placed anew', () => {
    const reference = Partitioners.DefaultPartitioner();
    const cached = streamPartitioner();
    for (const [topic, partitions] of [['events', 3], ['events', 7], ['other', 5], ['events', 3]] as const) {
      for (const key of keys) expect(cached(args(topic, partitions, key))).toBe(reference(args(topic, partitions, key)));
    }
    // Some key must land elsewhere with 7 partitions than with 3, or the test above proves nothing.
    expect(keys.some((key) => reference(args('events', 3, key)) !== reference(args('events', 7, key)))).toBe(true);
  });
});
