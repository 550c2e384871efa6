import { newsDocuments } from '../../../bench/support/news-corpus.js';
import { ALL_MIGRATIONS } from '../../../src/migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { extractedFactReports } from '../../../src/ingestion/facts/extracted-fact-reports.js';
import { ingestBatch } from '../../../src/ingestion/import/ingest-batch.js';
import { ingestDocument } from '../../../src/ingestion/ingest-document/ingest-document.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/**
 * What the ledger says, with the ids a decision mints (fact ids, key-index event ids) left out:
 * every event by stream kind, type and document, each fact report with its resolution, and how
 * many reports each fact holds.
 */
async function ledger(db: TestDatabase) {
  const { rows } = await db.pool.query(
    `select split_part(stream_id, '-', 1) as kind, type,
            coalesce(data->>'documentId', data->'provenance'->>'documentId', '') as document,
            coalesce(data->'provenance'->>'quote', '') as quote,
            coalesce(data->'resolution'->>'decision', '') as decision
       from events order by 1, 2, 3, 4, 5`,
  );
  const { rows: sizes } = await db.pool.query(
    `select count(*)::int as reports from events where stream_id like 'fact-%' group by stream_id order by 1`,
  );
  return { events: rows, factSizes: sizes.map((s) => s.reports) };
}

describe('a batch decided at once', () => {
  const texts = [...newsDocuments(120)];
  let oneByOne: TestDatabase;
  let batched: TestDatabase;
  const storeOf = async (db: TestDatabase): Promise<EventStore> => {
    await runMigrations(db.pool, ALL_MIGRATIONS);
    return createPostgresEventStore(db.pool);
  };

  beforeAll(async () => {
    [oneByOne, batched] = await Promise.all([createTestDatabase(4), createTestDatabase(4)]);
  });
  afterAll(() => Promise.all([oneByOne.drop(), batched.drop()]));

  it('given generated news, when ingested in batches, then the ledger says what ingesting them one by one says, and a second run writes nothing', async () => {
    const single = await storeOf(oneByOne);
    for (const text of texts) await ingestDocument(single, { text }, { source: 'test', reportFacts: extractedFactReports });
    const store = await storeOf(batched);
    // The same text twice in one batch, as a client may send it.
    const first = [...texts.slice(0, 50), texts[0]!].map((text) => ({ text }));
    const outcomes = [
      ...(await ingestBatch(store, first, { source: 'test' })),
      ...(await ingestBatch(store, texts.slice(50).map((text) => ({ text })), { source: 'test' })),
    ];

    const created = outcomes.flatMap((o) => (o.status === 'created' ? [o] : []));
    expect(created).toHaveLength(texts.length);
    expect(outcomes[50]).toEqual({ status: 'already-ingested', documentId: created[0]!.documentId });
    for (const event of created.flatMap((o) => o.events)) {
      const { rows } = await batched.pool.query('select stream_id, event_id::text from events where global_position = $1', [event.globalPosition]);
      expect(rows).toEqual([{ stream_id: event.streamId, event_id: event.eventId }]);
    }
    const expected = await ledger(oneByOne);
    expect(expected.factSizes.some((n) => n > 1)).toBe(true);
    expect(await ledger(batched)).toEqual(expected);

    const head = (await batched.pool.query('select count(*)::int as n from events')).rows[0].n;
    const again = await ingestBatch(store, texts.map((text) => ({ text })), { source: 'test' });
    expect(again.every((o) => o.status === 'already-ingested')).toBe(true);
    expect((await batched.pool.query('select count(*)::int as n from events')).rows[0].n).toBe(head);
  }, 300_000);

  it('given two batches reporting one event, when decided at the same time (two processes), then both are whole and the event is one fact', async () => {
    const db = await createTestDatabase(4);
    try {
      const store = await storeOf(db);
      // One wire text as outlets republish it: each its own document, one expulsion.
      const reprint = (outlet: number) =>
        `date 2018-03-26\nThe United States expelled 60 Russian diplomats over the poisoning of a former spy.\n\nRepublished by outlet ${outlet}.`;
      const batch = (first: number) => Array.from({ length: 20 }, (_, i) => ({ text: reprint(first + i) }));
      const [a, b] = await Promise.all([ingestBatch(store, batch(0), { source: 'a' }), ingestBatch(store, batch(20), { source: 'b' })]);

      expect([...a, ...b].every((o) => o.status === 'created')).toBe(true);
      const { rows } = await db.pool.query(
        `select stream_id, count(*)::int as reports from events where type in ('DiplomatsExpelled', 'FactCorroborated') group by stream_id`,
      );
      expect(rows).toEqual([{ stream_id: expect.stringMatching(/^fact-/), reports: 40 }]);
    } finally {
      await db.drop();
    }
  }, 120_000);
});
