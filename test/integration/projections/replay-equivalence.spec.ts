import { randomUUID } from 'node:crypto';
import { factsProjection } from '../../../src/projections/facts/facts.projection.js';
import { PROJECTIONS } from '../../../src/projections/projections.js';
import { acquireRebuildLock, rebuildProjections } from '../../../src/projections/rebuild/rebuild.js';
import { liveSchema } from '../../../src/projections/runner/generation.js';
import { ProjectionRunner } from '../../../src/projections/runner/projection-runner.js';
import {
  createProjectionFixture,
  day,
  factCorroborated,
  factDisputed,
  factReported,
  factRetracted,
  factsMerged,
  lastPosition,
  type ProjectionFixture,
  seedLikeFacts,
  snapshotSchema,
  storiesMerged,
  storyEvents,
} from './projection-fixture.js';

const COUNTRIES = ['RUS', 'USA', 'GBR', 'FRA', 'DEU'];

/**
 * One writer's share of a mixed corpus: stories, some merged into others, and facts that later
 * reports corroborate, dispute and retract, some merged into the writer's previous fact (and
 * reported on after that) or, once, into a fact that was itself merged.
 */
async function write(fixture: ProjectionFixture, writer: number): Promise<void> {
  let previousStory: string | null = null;
  let previousFact: string | null = null;
  for (let i = 0; i < 12; i++) {
    const storyId = `story-${writer}-${i}-${randomUUID()}`;
    await fixture.store.append(storyId, storyEvents(storyId, `doc-${writer}-${i}`));
    if (previousStory !== null && i % 2 === 1) await fixture.store.append(previousStory, [storiesMerged(previousStory, storyId)]);
    previousStory = storyId;
    const factId = `fact-${writer}-${i}-${randomUUID()}`;
    const [actor, target] = [COUNTRIES[(writer + i) % 5]!, COUNTRIES[(writer + i + 1) % 5]!];
    await fixture.store.append(factId, [
      factReported({ factId, type: 'DiplomatsExpelled', actor, target, documentId: `doc-${writer}-${i}`, occurredOn: day(`2017-0${(i % 9) + 1}-1${writer}`), knownAt: `2017-10-0${(i % 9) + 1}T00:00:00Z` }),
    ]);
    await fixture.store.append(factId, [factCorroborated(factId, `doc-other-${i}`, { knownAt: '2017-09-01T00:00:00Z' })]);
    if (previousFact !== null && i % 3 !== 2) await fixture.store.append(factId, [factsMerged(factId, previousFact, '2017-11-01T00:00:00Z')]);
    previousFact = factId;
    if (i % 3 === 0) await fixture.store.append(factId, [factDisputed(factId, `doc-third-${i}`, [{ field: 'counts.change', recorded: 1, reported: 2 }])]);
    if (i % 4 === 0) await fixture.store.append(factId, [factRetracted(factId, `doc-${writer}-${i}`)]);
  }
}

describe('replay equivalence', () => {
  let fixture: ProjectionFixture;
  const indexesOf = async (schema: string): Promise<string[]> =>
    (
      await fixture.pool.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname', [schema])
    ).rows.map((row) => row.indexdef);

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    const runner = new ProjectionRunner(fixture.pool, fixture.store, PROJECTIONS, { batchSize: 5, pollIntervalMs: 10 });
    runner.start();
    try {
      await Promise.all([
        ...[1, 2, 3, 4].map((writer) => write(fixture, writer)),
        ...seedLikeFacts('seed').map(({ streamId, events }) => fixture.store.append(streamId, events)),
      ]);
      await runner.waitUntilCaughtUp({ position: await lastPosition(fixture.pool) });
    } finally {
      await runner.stop();
    }
  }, 120_000);
  afterAll(() => fixture.db.drop());

  it.each(PROJECTIONS.map((p) => [p.name, p] as const))(
    'given %s built live from concurrent writers, when rebuilt from position 0, then every row is the same',
    async (_, projection) => {
      const schema = liveSchema(projection);
      const live = await snapshotSchema(fixture.pool, schema);
      const liveIndexes = await indexesOf(schema);
      expect(Object.values(live).flat().length).toBeGreaterThan(100);
      const lock = await acquireRebuildLock(fixture.pool, [projection]);
      try {
        await rebuildProjections(fixture.pool, fixture.store, [projection], { batchSize: 7 });
      } finally {
        await lock.release();
      }
      expect(await snapshotSchema(fixture.pool, schema)).toEqual(live);
      // Every index is back, and every table was analyzed, however the finish split the work.
      expect(await indexesOf(schema)).toEqual(liveIndexes);
      const { rows: unanalyzed } = await fixture.pool.query<{ relname: string }>(
        'SELECT relname FROM pg_stat_user_tables WHERE schemaname = $1 AND last_analyze IS NULL',
        [schema],
      );
      expect(unanalyzed).toEqual([]);
    },
    60_000,
  );

  it('given facts merged into facts that were merged in turn, then the live facts view holds merged rows to compare', async () => {
    const { rows } = await fixture.pool.query<{ merged: number; chained: number }>(
      `SELECT count(*)::int AS merged, count(*) FILTER (WHERE merged_into IN (SELECT fact_id FROM ${liveSchema(factsProjection)}.fact WHERE merged_into IS NOT NULL))::int AS chained
         FROM ${liveSchema(factsProjection)}.fact WHERE merged_into IS NOT NULL`,
    );
    expect(rows[0]!.merged).toBeGreaterThan(10);
    expect(rows[0]!.chained).toBeGreaterThan(0);
  });

  it('given every projection, when rebuilt together in one pass, then every row is the same', async () => {
    const live = await Promise.all(PROJECTIONS.map((p) => snapshotSchema(fixture.pool, liveSchema(p))));
    const lock = await acquireRebuildLock(fixture.pool, PROJECTIONS);
    try {
      await rebuildProjections(fixture.pool, fixture.store, PROJECTIONS, { batchSize: 1000 });
    } finally {
      await lock.release();
    }
    expect(await Promise.all(PROJECTIONS.map((p) => snapshotSchema(fixture.pool, liveSchema(p))))).toEqual(live);
  }, 60_000);
});
