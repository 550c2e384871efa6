import { parseConsumeArgs, runConsume, UsageError } from '../../../src/publishing/consume-command.js';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import { createLedger, newEvents, readLog, RecordingLogger, uniqueTopic, waitFor } from './fixture.js';

const TIMEOUT_MS = 120_000;

describe('npm run consume: arguments', () => {
  it('given every option, when parsed, then each is taken', () => {
    expect(parseConsumeArgs(['--from-beginning', '--group', 'g1', '--type', 'StoryReported', '--type', 'StoryRevised', '--json'])).toEqual({
      fromBeginning: true,
      groupId: 'g1',
      types: ['StoryReported', 'StoryRevised'],
      json: true,
      help: false,
    });
  });

  it.each([
    [['--group'], '--group needs a value'],
    [['--type', '--json'], '--type needs a value'],
    [['--from-begining'], 'unknown argument "--from-begining"'],
    [['StoryReported'], 'unknown argument "StoryReported"'],
  ])('given %j, when parsed, then it is a usage error', (argv, message) => {
    expect(() => parseConsumeArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('npm run consume: an unreachable broker', () => {
  it('given nothing listening, when run, then it fails with a message naming the broker', async () => {
    const run = runConsume(parseConsumeArgs([]), {
      brokers: ['127.0.0.1:1'],
      topic: 'newsledger.events',
      out: () => undefined,
      err: () => undefined,
      signal: new AbortController().signal,
    });
    await expect(run).rejects.toThrow(/^cannot reach Kafka at 127\.0\.0\.1:1: /);
  }, TIMEOUT_MS);
});

describeWithKafka('npm run consume: printing events', () => {
  const brokers = kafkaBrokers() ?? [];

  it('given a missing topic, when run, then it says so', async () => {
    const topic = uniqueTopic();
    const run = runConsume(parseConsumeArgs([]), { brokers, topic, out: () => undefined, err: () => undefined, signal: new AbortController().signal });
    await expect(run).rejects.toThrow(`topic "${topic}" does not exist`);
  }, TIMEOUT_MS);

  it('given published events, when run from the beginning with a type filter, then it prints one line per matching event, or JSON', async () => {
    const ledger = await createLedger();
    const topic = uniqueTopic();
    const relay = new KafkaRelay({ ...ledger, brokers, topic, partitions: 1, logger: new RecordingLogger() });
    try {
      await ledger.store.append('story-cli', [...newEvents(2, 'StoryReported'), ...newEvents(3, 'StoryRevised')]);
      relay.start();
      await waitFor('publishing', () => relay.status().publishedSinceStart === 5);
      const log = await readLog(ledger.store, 5);

      const consume = async (argv: string[], count: number) => {
        const lines: string[] = [];
        const stop = new AbortController();
        const run = runConsume(parseConsumeArgs(argv), { brokers, topic, out: (line) => lines.push(line), err: () => undefined, signal: stop.signal });
        await waitFor(`${count} lines`, () => lines.length >= count);
        stop.abort();
        await run;
        return lines;
      };

      const lines = await consume(['--from-beginning', '--type', 'StoryRevised'], 3);
      expect(lines).toEqual(
        log.slice(2).map((e) => expect.stringMatching(new RegExp(`^\\s*${e.globalPosition}\\s+StoryRevised\\s+story-cli\\s+${e.eventId}$`))),
      );
      const json = await consume(['--from-beginning', '--json'], 5);
      expect(json.map((line) => JSON.parse(line))).toEqual(
        log.map((e) => expect.objectContaining({ eventId: e.eventId, type: e.type, globalPosition: String(e.globalPosition) })),
      );
    } finally {
      await relay.stop();
      await ledger.db.drop();
    }
  }, TIMEOUT_MS);
});
