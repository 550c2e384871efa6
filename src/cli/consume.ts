import { ConfigError, loadSettings } from '../config/settings.js';
import { CONSUME_USAGE, parseConsumeArgs, runConsume, UsageError } from '../publishing/consume-command.js';

async function main(): Promise<number> {
  let args;
  let settings;
  try {
    args = parseConsumeArgs(process.argv.slice(2));
    if (args.help) {
      process.stdout.write(`${CONSUME_USAGE}\n`);
      return 0;
    }
    settings = loadSettings();
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`consume: ${error.message}\n\n${CONSUME_USAGE}\n`);
    return 2;
  }
  if (!settings.kafkaBrokers) {
    process.stderr.write('consume: KAFKA_BROKERS is not set (e.g. KAFKA_BROKERS=127.0.0.1:9092)\n');
    return 2;
  }
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  try {
    await runConsume(args, {
      brokers: settings.kafkaBrokers,
      topic: settings.kafkaTopic,
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      signal: stop.signal,
    });
    return 0;
  } catch (error) {
    process.stderr.write(`consume: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main();
