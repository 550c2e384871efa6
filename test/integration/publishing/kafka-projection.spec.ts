import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../../src/event-store/index.js';
import { KafkaEventSource } from '../../../src/publishing/kafka-event-source.js';
import { KafkaRelay } from '../../../src/publishing/kafka-relay.js';
import { projectionMigrations } from '../../../src/projections/projection-migrations.js';
import { inTransaction } from '../../../src/projections/runner/apply-batch.js';
import { createGeneration, liveSchema } from '../../../src/projections/runner/generation.js';
import { ProjectionRunner } from '../../../src/projections/runner/projection-runner.js';
import { storiesProjection } from '../../../src/projections/stories/stories.projection.js';
import { runMigrations } from '../../../src/event-store/index.js';
import { describeWithKafka, kafkaBrokers } from '../../support/kafka.js';
import { createLedger, type Ledger, readLog, RecordingLogger, uniqueGroup, uniqueTopic, waitFor } from './fixture.js';

const TIMEOUT_MS = 120_000;
const KAFKA_SCHEMA = 'read_stories_from_kafka';

/** A story stream: reported, revised twice, two sources (one cited twice: the first must win), a link. */
function storyStream(n: number): { streamId: string; events: NewEvent[] } {
  const storyId = `story-2017-07-${String(n).padStart(3, '0')}`;
  const documentId = `doc-${n}`;
  const event = (type: string, data: object, knownAt: string | null = null): NewEvent => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: { storyId, documentId, ...data },
    metadata: { knownAt, source: 'test' },
  });
  const version = (v: number, label: string, knownAt: string | null) => ({ version: v, label, headline: `Story ${n}, version ${v}`, path: `/${n}/v${v}.md`, knownAt });
  return {
    streamId: storyId,
    events: [
      event('StoryReported', { date: '2017-07-30', summary: `Summary ${n}`, ...version(1, 'First version', '2017-08-02T07:30:05Z') }, '2017-08-02T07:30:05Z'),
      event('StoryRevised', version(2, 'Update', '2017-08-27T03:48:44Z'), '2017-08-27T03:48:44Z'),
      event('StorySourceCited', { name: 'Al Jazeera', url: `http://example.org/${n}` }),
      event('StorySourceCited', { name: 'Al Jazeera (again)', url: `http://example.org/${n}` }),
      event('StorySourceCited', { name: 'CNN', url: `http://cnn.example/${n}` }),
      event('StoryRevised', version(3, 'Current version', null)),
      event('StoriesLinked', {
        relatedStoryId: `story-related-${n}`,
        relatedPath: `/related/${n}.md`,
        relatedHeadline: `Related to ${n}`,
        relatedDate: '2016-12-29',
        contextTags: ['Russia-United States relations'],
      }),
    ],
  };
}

describeWithKafka('a projection run from Kafka instead of the store', () => {
  const brokers = kafkaBrokers() ?? [];
  let ledger: Ledger;

  beforeEach(async () => {
    ledger = await createLedger();
    await runMigrations(ledger.db.pool, projectionMigrations);
  });

  afterEach(async () => {
    await ledger.db.drop();
  });

  it('given every event published twice over three partitions, when the stories projection consumes Kafka, then its tables equal the ones built from the store', async () => {
    const streams = Array.from({ length: 60 }, (_, n) => storyStream(n));
    // Interleave the streams' appends, so partitions see them in a different order than the log.
    await Promise.all(
      Array.from({ length: 6 }, async (_, w) => {
        for (const { streamId, events } of streams.filter((_, i) => i % 6 === w)) {
          for (const event of events) await ledger.store.append(streamId, [event]);
        }
      }),
    );
    const log = await readLog(ledger.store, 60 * 7);

    const runner = new ProjectionRunner(ledger.db.pool, ledger.store, [storiesProjection]);
    runner.start();
    await runner.waitUntilCaughtUp();
    await runner.stop();

    const topic = uniqueTopic();
    // Two relays under different names publish the whole log: every event reaches Kafka twice.
    const relays = ['first', 'second'].map(
      (name) => new KafkaRelay({ ...ledger, brokers, topic, partitions: 3, name, batchSize: 50, logger: new RecordingLogger() }),
    );
    for (const relay of relays) relay.start();
    await waitFor('both relays to publish the log', () => relays.every((r) => r.status().publishedSinceStart === log.length));
    await Promise.all(relays.map((relay) => relay.stop()));

    await inTransaction(ledger.db.pool, (client) => createGeneration(client, storiesProjection, KAFKA_SCHEMA));
    const source = new KafkaEventSource({
      brokers,
      topic,
      groupId: uniqueGroup(),
      fromBeginning: true,
      handler: (events) =>
        inTransaction(ledger.db.pool, async (client) => {
          const relevant = events.filter((event) => storiesProjection.eventTypes.has(event.type));
          if (relevant.length > 0) await storiesProjection.apply(client, KAFKA_SCHEMA, relevant);
        }),
    });
    await source.start();
    try {
      await waitFor('the Kafka consumer to apply every event', () => source.stats.delivered === log.length);
    } finally {
      await source.stop();
    }
    expect(source.stats).toEqual({ delivered: log.length, duplicates: log.length, malformed: 0 });

    for (const table of ['story', 'story_version', 'story_source', 'story_link']) {
      const fromStore = await rows(ledger, `${liveSchema(storiesProjection)}.${table}`);
      const fromKafka = await rows(ledger, `${KAFKA_SCHEMA}.${table}`);
      expect(fromStore.length).toBeGreaterThanOrEqual(60);
      expect(fromKafka).toEqual(fromStore);
    }
  }, TIMEOUT_MS);
});

async function rows(ledger: Ledger, table: string): Promise<unknown[]> {
  const { rows: result } = await ledger.db.pool.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
  return result.map((r: { row: unknown }) => r.row);
}
