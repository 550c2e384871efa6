import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type {
  FactEventType,
  FactReportedData,
  FactsMergedData,
  FactValues,
  FieldDispute,
  Place,
} from '../../../src/domain/facts/fact-events.js';
import type { PartialDate } from '../../../src/domain/shared/partial-date.js';
import type { StoryVersionLabel } from '../../../src/domain/stories/story-events.js';
import type { EventStore, NewEvent } from '../../../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../../../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import { projectionMigrations } from '../../../src/projections/projection-migrations.js';
import { PROJECTIONS } from '../../../src/projections/projections.js';
import type { ReadClocks } from '../../../src/projections/read-query/clocks.js';
import type { Projection } from '../../../src/projections/runner/projection.js';
import { ProjectionRunner } from '../../../src/projections/runner/projection-runner.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/** Reads at no particular clock: the world today, by everything known now. */
export const NOW: ReadClocks = { validAt: null, knownAt: null };

export interface ProjectionFixture {
  readonly db: TestDatabase;
  readonly pool: pg.Pool;
  readonly store: EventStore;
}

export async function createProjectionFixture(): Promise<ProjectionFixture> {
  const db = await createTestDatabase(12);
  // As in the service: an idle connection the server drops must not crash the test process.
  db.pool.on('error', () => undefined);
  await runMigrations(db.pool, [...eventStoreMigrations, ...projectionMigrations]);
  return { db, pool: db.pool, store: createPostgresEventStore(db.pool, { pollIntervalMs: 50 }) };
}

const event = (type: string, data: object, knownAt: string | null = null): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data: data as Record<string, unknown>,
  metadata: { knownAt, source: 'test' },
});

export const day = (value: string): PartialDate => ({ value, precision: 'day' });
export const month = (value: string): PartialDate => ({ value, precision: 'month' });

/** A story stream shaped like seed 002: three versions, the last without a timestamp. */
export function storyEvents(storyId: string, documentId = 'doc-story'): NewEvent[] {
  const version = (n: number, label: StoryVersionLabel, headline: string, knownAt: string | null) =>
    event(
      n === 1 ? 'StoryReported' : 'StoryRevised',
      n === 1
        ? { storyId, documentId, date: '2017-07-30', version: n, label, headline, summary: 'Putin orders a staff cut.', path: `/v${n}.md`, knownAt }
        : { storyId, documentId, version: n, label, headline, path: `/v${n}.md`, knownAt },
      knownAt,
    );
  return [
    version(1, 'First version', 'Putin expels 755 United States diplomats.', '2017-08-02T07:30:05Z'),
    version(2, 'Update', 'Russia-United States relations: Putin expels 755 U.S. diplomats.', '2017-08-27T03:48:44Z'),
    version(3, 'Current version', 'Putin expels 755 U.S. diplomats.', null),
    event('StoryRevisionRecorded', {
      storyId,
      documentId,
      date: '2017-07-30',
      pagePath: '/v3.md',
      headline: 'Putin expels 755 U.S. diplomats.',
      category: 'Russia-United States relations',
      summary: 'Putin orders a staff cut.',
    }),
    event('StorySourceCited', { storyId, documentId, name: 'Al Jazeera', url: 'http://aljazeera.example/755' }),
    event('StorySourceCited', { storyId, documentId, name: 'CNN', url: 'http://cnn.example/755' }),
    event('StoriesLinked', {
      storyId,
      documentId,
      relatedStoryId: 'story-2016-12-29-expels-35',
      relatedPath: '/news/2016/12/29/expels-35.md',
      relatedHeadline: 'The United States expels 35 Russian diplomats.',
      relatedDate: '2016-12-29',
      contextTags: ['American', 'Russia-United States relations'],
    }),
  ];
}

/** A revision showed `storyId` to be part of `into`. */
export const storiesMerged = (storyId: string, into: string, documentId = 'doc-merging'): NewEvent =>
  event('StoriesMerged', { storyId, into, documentId });

export interface FactSpec {
  readonly factId: string;
  readonly type: FactEventType;
  readonly actor: string;
  readonly target: string;
  readonly documentId?: string;
  readonly occurredOn?: PartialDate | null;
  readonly effectiveOn?: PartialDate | null;
  readonly counts?: FactValues['counts'];
  readonly places?: readonly Place[];
  readonly modality?: FactValues['modality'];
  readonly cameo?: string | null;
  readonly detail?: string | null;
  readonly knownAt?: string | null;
  readonly quote?: string;
}

export function factValues(spec: FactSpec): FactValues {
  return {
    actor: { country: spec.actor, organisation: null, name: null },
    target: { country: spec.target, organisation: null, name: null },
    counts: spec.counts ?? null,
    places: spec.places ?? [],
    validTime: { occurredOn: spec.occurredOn ?? null, effectiveOn: spec.effectiveOn ?? null },
    modality: spec.modality ?? 'enacted',
    cameo: spec.cameo ?? null,
    detail: spec.detail ?? null,
  };
}

const provenance = (documentId: string, quote: string) => ({ documentId, quote, start: 0, end: quote.length });
const curated = { method: 'curated', extractorVersion: null, confidence: 1 } as const;

export function factReported(spec: FactSpec): NewEvent {
  const data: FactReportedData = {
    ...factValues(spec),
    factId: spec.factId,
    provenance: provenance(spec.documentId ?? 'doc-a', spec.quote ?? `${spec.type} quote`),
    origin: curated,
  };
  return event(spec.type, data, spec.knownAt ?? null);
}

export function factCorroborated(
  factId: string,
  documentId: string,
  options: { knownAt?: string | null; values?: FactValues } = {},
): NewEvent {
  return event(
    'FactCorroborated',
    { factId, provenance: provenance(documentId, 'corroborating quote'), origin: curated, values: options.values },
    options.knownAt ?? null,
  );
}

export function factDisputed(factId: string, documentId: string, disputes: FieldDispute[], knownAt: string | null = null): NewEvent {
  return event('FactDisputed', { factId, provenance: provenance(documentId, 'disputing quote'), origin: curated, disputes }, knownAt);
}

export function factRetracted(factId: string, documentId: string): NewEvent {
  return event('FactRetracted', { factId, documentId, extractorVersion: '2.0.0', reason: 'no longer extracted' });
}

/** Every row of every table in a schema, in a stable order: what "the same read model" means. */
export async function snapshotSchema(pool: pg.Pool, schema: string): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'checkpoint' ORDER BY tablename`,
    [schema],
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { tablename } of tables) {
    const { rows } = await pool.query(`SELECT to_jsonb(t)::text AS row FROM ${schema}.${tablename} t ORDER BY 1`);
    snapshot[tablename] = rows.map((row: { row: string }) => row.row);
  }
  return snapshot;
}

/** A report showed `factId` and `into` to be one event. */
export function factsMerged(factId: string, into: string, knownAt: string | null = null): NewEvent {
  const data: FactsMergedData = { factId, mergedInto: into, documentId: 'doc-bridging', quote: 'bridging quote', score: 2, survivorScore: 2, reasons: ['test'] };
  return event('FactsMerged', data, knownAt);
}

/** The newest position written, readable yet or not. */
export async function lastPosition(pool: pg.Pool): Promise<bigint> {
  const { rows } = await pool.query<{ last: string | null }>('SELECT max(global_position) AS last FROM events');
  return BigInt(rows[0]?.last ?? 0);
}

/** Applies everything appended so far to the live read models, as the running service would. */
export async function project(fixture: ProjectionFixture, projections: readonly Projection[] = PROJECTIONS): Promise<void> {
  const runner = new ProjectionRunner(fixture.pool, fixture.store, projections, { pollIntervalMs: 20 });
  runner.start();
  try {
    await runner.waitUntilCaughtUp({ position: await lastPosition(fixture.pool) });
  } finally {
    await runner.stop();
  }
}

/** The facts of the seed documents, shaped the way ingestion records them. */
export function seedLikeFacts(prefix: string): { streamId: string; events: NewEvent[] }[] {
  const id = (name: string) => `fact-${prefix}-${name}`;
  const stream = (name: string, ...events: NewEvent[]) => ({ streamId: id(name), events });
  const staffCut: FactSpec = {
    factId: id('staff-cut'),
    type: 'StaffReductionOrdered',
    actor: 'RUS',
    target: 'USA',
    documentId: 'doc-000',
    occurredOn: day('2017-07-30'),
    effectiveOn: month('2017-09'),
    counts: { from: 1000, to: 455, change: 755, approximate: true },
    places: [{ name: 'Moscow', country: 'RUS', facility: 'embassy' }],
    modality: 'ordered',
    cameo: '161',
    knownAt: '2017-07-30T18:00:00Z',
  };
  return [
    stream(
      'staff-cut',
      factReported(staffCut),
      factCorroborated(id('staff-cut'), 'doc-001', {
        knownAt: '2017-07-31T09:00:00Z',
        values: factValues({ ...staffCut, effectiveOn: day('2017-09-01') }),
      }),
      factDisputed(id('staff-cut'), 'doc-003', [{ field: 'validTime.occurredOn', recorded: day('2017-07-30'), reported: day('2017-07-31') }]),
    ),
    stream(
      'consulates-closed',
      factReported({
        factId: id('consulates-closed'),
        type: 'ConsulateClosed',
        actor: 'USA',
        target: 'RUS',
        documentId: 'doc-003',
        occurredOn: day('2017-08-31'),
        effectiveOn: day('2017-09-02'),
        places: [
          { name: 'San Francisco', country: 'USA', facility: 'consulate-general' },
          { name: 'New York', country: 'USA', facility: 'trade-mission' },
          { name: 'Washington', country: 'USA', facility: 'trade-mission' },
        ],
        modality: 'ordered',
        cameo: '161',
      }),
    ),
    stream(
      'expelled-35',
      factReported({
        factId: id('expelled-35'),
        type: 'DiplomatsExpelled',
        actor: 'USA',
        target: 'RUS',
        documentId: 'doc-002',
        occurredOn: day('2016-12-29'),
        counts: { from: null, to: null, change: 35, approximate: false },
        cameo: '166',
      }),
    ),
    stream(
      'lavrov-proposal',
      factReported({
        factId: id('lavrov-proposal'),
        type: 'DiplomatsExpelled',
        actor: 'RUS',
        target: 'USA',
        documentId: 'doc-002',
        occurredOn: day('2016-12-30'),
        counts: { from: null, to: null, change: 35, approximate: false },
        modality: 'proposed',
      }),
    ),
    stream(
      'dacha-seized',
      factReported({
        factId: id('dacha-seized'),
        type: 'DiplomaticPropertySeized',
        actor: 'RUS',
        target: 'USA',
        documentId: 'doc-001',
        occurredOn: month('2017-07'),
        places: [
          { name: 'Serebryany Bor', country: 'RUS', facility: 'dacha' },
          { name: 'Moscow', country: 'RUS', facility: 'warehouse' },
        ],
        cameo: '1711',
      }),
    ),
    stream(
      'compounds-seized',
      factReported({
        factId: id('compounds-seized'),
        type: 'DiplomaticPropertySeized',
        actor: 'USA',
        target: 'RUS',
        documentId: 'doc-001',
        occurredOn: month('2016-12'),
        places: [
          { name: 'Maryland', country: 'USA', facility: 'compound' },
          { name: 'New York', country: 'USA', facility: 'compound' },
        ],
        cameo: '1711',
      }),
    ),
  ];
}
