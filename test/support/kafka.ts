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

/**
 * One plain line per skipped suite: console.warn would add jest's multi-line source frame
 * to every file, which buries the reason.
 */
function skipWithNotice(reason: string): jest.Describe {
  process.stderr.write(`Skipped: ${reason} (under CI=true these tests fail instead)\n`);
  return describe.skip;
}

/** `describe`, or a skip with its one line; decided when called, so merely importing prints nothing. */
export const describeIf = (runs: () => boolean, reason: string) =>
  ((name: string, suite: () => void) => (runs() ? describe : skipWithNotice(reason))(name, suite)) as jest.Describe;

export const describeWithKafka = describeIf(
  () => kafkaBrokers() !== null,
  'Kafka tests need a broker; set KAFKA_BROKERS=host:port to run them',
);
