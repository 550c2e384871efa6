/**
 * Kafka tests need a broker. CI always has one (.ci/run starts it) and must run every test;
 * elsewhere, without KAFKA_BROKERS, they are skipped with one line saying why.
 */
export const kafkaBrokers = (): string[] | null => {
  const value = process.env.KAFKA_BROKERS?.trim();
  if (value) return value.split(',').map((b) => b.trim());
  if (process.env.CI === 'true') throw new Error('CI=true but KAFKA_BROKERS is not set: .ci/run must start the broker');
  return null;
};

export const describeWithKafka: jest.Describe = (() => {
  if (kafkaBrokers()) return describe;
  console.warn('Skipping Kafka tests: set KAFKA_BROKERS=host:port to run them');
  return describe.skip;
})();
