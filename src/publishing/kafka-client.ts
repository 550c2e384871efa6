import { type Admin, Kafka, type KafkaConfig, logLevel } from 'kafkajs';

/**
 * kafkajs logs every failed connection attempt at ERROR; with a broker down that is a line
 * per retry. Its logger is therefore silenced and callers log state changes themselves.
 */
export function createKafka(brokers: readonly string[], clientId: string, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    brokers: [...brokers],
    clientId,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 15000,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
    ...overrides,
  });
}

/** Creates the topic when it is missing (true) ; an existing topic is left as it is (false). */
export async function ensureTopic(admin: Admin, topic: string, partitions: number): Promise<boolean> {
  return admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
}

/** Messages the topic has ever held: the sum of its partitions' end offsets (retention does not lower them). */
export async function messagesWritten(admin: Admin, topic: string): Promise<bigint> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, partition) => sum + BigInt(partition.high), 0n);
}
