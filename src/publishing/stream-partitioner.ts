import { type ICustomPartitioner, Partitioners } from 'kafkajs';

/** Streams remembered at most; past this the memory starts over, which costs only rehashing. */
const MAX_STREAMS = 50_000;

/**
 * kafkajs's DefaultPartitioner (murmur2 of the key, as the Java client does), remembered per
 * key. The relay keys by stream id, and a backlog brings each stream's events in runs; for
 * them kafkajs would hash the key and copy the partition list again per message. For a keyed
 * message the choice depends only on the key and the topic's partition count, so the memory is
 * exact; it starts over when the topic or its partition count changes.
 */
export const streamPartitioner: ICustomPartitioner = () => {
  const partition = Partitioners.DefaultPartitioner();
  let chosen = new Map<string, number>();
  let topic: string | undefined;
  let partitionCount = 0;
  return (args) => {
    // The relay sets each message's partition itself (produce-requests.ts), with this partitioner.
    if (args.message.partition != null) return args.message.partition;
    const key = args.message.key;
    if (typeof key !== 'string') return partition(args);
    if (args.topic !== topic || args.partitionMetadata.length !== partitionCount || chosen.size >= MAX_STREAMS) {
      chosen = new Map();
      topic = args.topic;
      partitionCount = args.partitionMetadata.length;
    }
    let choice = chosen.get(key);
    if (choice === undefined) {
      choice = partition(args);
      chosen.set(key, choice);
    }
    return choice;
  };
};
