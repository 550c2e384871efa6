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

/** Creates the topic when it is missing; an existing topic is left as it is. */
export async function ensureTopic(admin: Admin, topic: string, partitions: number): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
}
