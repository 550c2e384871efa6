import type { Message, PartitionMetadata } from 'kafkajs';
import { streamPartitioner } from './stream-partitioner.js';

/**
 * Bytes of one partition's records per produce request. The broker's limit
 * (`message.max.bytes`, 1 MB by default) applies to each partition's record batch, not to the
 * request as a whole.
 */
export const DEFAULT_PARTITION_BATCH_BYTES = 900_000;

// What a record adds to its value's bytes: key, four headers, lengths and varints.
const RECORD_OVERHEAD_BYTES = 128;

/**
 * The partition each message goes to, as the producer's partitioner would choose it (murmur2 of
 * the key), for a topic with these partitions.
 */
export function partitionChooser(topic: string, partitionMetadata: PartitionMetadata[]): (message: Message) => number {
  // kafkajs drops messages addressed to a partition it has no leader for without an error, so
  // a choice outside the topic's partitions must fail the send instead.
  if (partitionMetadata.length === 0) throw new Error(`no partitions known for topic ${topic}`);
  const partitioner = streamPartitioner();
  return (message) => {
    const partition = partitioner({ topic, partitionMetadata, message });
    if (!Number.isInteger(partition) || partition < 0 || partition >= partitionMetadata.length) {
      throw new Error(`partition ${partition} chosen for topic ${topic} of ${partitionMetadata.length} partitions`);
    }
    return partition;
  };
}

/**
 * Splits messages into produce requests of at most `maxPartitionBytes` per partition, setting
 * each message's partition (so the producer sends it where it was counted). Capping each
 * partition's share instead of the whole request takes a third as many round trips on three
 * partitions. A message larger than the limit goes alone.
 */
export function* produceRequests(
  messages: Iterable<Message & { value: string }>,
  partitionOf: (message: Message) => number,
  maxPartitionBytes = DEFAULT_PARTITION_BATCH_BYTES,
): Generator<Message[]> {
  let request: Message[] = [];
  let bytes = new Map<number, number>();
  for (const message of messages) {
    const partition = partitionOf(message);
    message.partition = partition;
    const size = Buffer.byteLength(message.value) + RECORD_OVERHEAD_BYTES;
    const held = bytes.get(partition) ?? 0;
    if (request.length > 0 && held + size > maxPartitionBytes) {
      yield request;
      request = [];
      bytes = new Map();
    }
    request.push(message);
    bytes.set(partition, (bytes.get(partition) ?? 0) + size);
  }
  if (request.length > 0) yield request;
}
