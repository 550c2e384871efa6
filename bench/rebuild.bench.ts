/**
 * Rebuild benchmark: a synthetic corpus shaped like the real ledger (documents, current-events
 * entries with versions, sources and links, facts with corroborations, disputes and
 * retractions), then timed full rebuilds of every projection, each beside a plain scan of the
 * same log (the floor). events/s counts the events handed to projections, not rows scanned; the
 * first rebuild (cold) is reported first.
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:rebuild [-- --events 1000000] [-- --fresh]
 *   [-- --runs 2] [-- --database nl_bench_rebuild]
 *
 * The corpus lives in its own database next to DATABASE_URL's (nl_bench_rebuild) and is kept
 * between runs, since writing it takes longer than rebuilding it; --fresh writes it again.
 * Drop it with: DROP DATABASE nl_bench_rebuild.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { FactEventType, FactValues, FacilityKind, Modality, Place } from '../src/domain/facts/fact-events.js';
import type { PartialDate } from '../src/domain/shared/partial-date.js';
import type { EventStore, NewEvent, StreamAppend } from '../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { projectionMigrations } from '../src/projections/projection-migrations.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { formatProgress } from '../src/projections/rebuild/progress.js';
import { rebuildProjections } from '../src/projections/rebuild/rebuild.js';
import { EVENT_COLUMNS, EVENT_ROW_TYPES, toStoredEvent } from '../src/event-store/postgres/stored-event-row.js';
import { recordCheck, recordFigure } from './support/bench-report.js';

const CORPUS_VERSION = 'corpus-v2';
// Of the plain scan's events/s (issue 19): the absolute rate moves with the machine, the ratio does not.
const TARGET_RATIO = 0.5;
// The rebuild's own page size.
const SCAN_PAGE = 10_000;

/** Deterministic pseudo-random numbers (mulberry32), so every corpus of one size is alike. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Relations are skewed: a few pairs dominate the news, as RUS-USA does in the seeds.
const COUNTRIES = ['RUS', 'USA', 'CHN', 'GBR', 'FRA', 'DEU', 'UKR', 'IRN', 'TUR', 'JPN', 'IND', 'ISR', 'SAU', 'PRK', 'KOR',
  'POL', 'CZE', 'EST', 'LVA', 'LTU', 'BLR', 'GEO', 'ARM', 'AZE', 'KAZ', 'SYR', 'IRQ', 'EGY', 'QAT', 'ARE', 'PAK', 'AFG',
  'CAN', 'MEX', 'BRA', 'ARG', 'VEN', 'CUB', 'AUS', 'NZL', 'ITA', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'FIN', 'DNK', 'AUT',
  'CHE', 'HUN', 'ROU', 'BGR', 'SRB', 'GRC', 'MDA', 'SVK', 'SVN', 'HRV', 'IRL'];
// Weighted as the news has them: talks and summons are common, staff caps and seizures rare.
const TYPE_WEIGHTS: readonly [FactEventType, number][] = [['TalksHeld', 30], ['AmbassadorSummoned', 15], ['SanctionsEnacted', 15],
  ['DiplomatsExpelled', 12], ['AmbassadorRecalled', 8], ['ConsulateClosed', 6], ['DiplomaticPropertySeized', 4],
  ['StaffReductionOrdered', 4], ['DiplomaticRelationsSuspended', 3], ['TreatyExtensionDeclined', 3]];
const TYPES: readonly FactEventType[] = TYPE_WEIGHTS.flatMap(([type, weight]) => Array<FactEventType>(weight).fill(type));
const MODALITIES: readonly Modality[] = ['enacted', 'enacted', 'enacted', 'announced', 'ordered', 'ordered', 'proposed', 'threatened', 'denied'];
const FACILITIES: readonly FacilityKind[] = ['embassy', 'consulate-general', 'consulate', 'trade-mission', 'residence', 'compound', 'dacha', 'warehouse'];
const CITIES = ['Moscow', 'Washington', 'New York', 'San Francisco', 'Seattle', 'Vladivostok', 'Ekaterinburg', 'St Petersburg',
  'London', 'Paris', 'Berlin', 'Beijing', 'Kyiv', 'Tehran', 'Ankara', 'Tokyo', 'Geneva', 'Vienna', 'Brussels', 'Warsaw'];
const WORDS = ('the government said on that its embassy staff would leave within days after talks broke down over sanctions ' +
  'officials confirmed diplomats were ordered to expel consulate closed property seized minister spokesman statement week ' +
  'relations between two countries retaliation measures response announced foreign ministry deadline September agreed').split(' ');

interface FactState {
  readonly id: string;
  readonly type: FactEventType;
  readonly values: FactValues;
  readonly documents: string[];
}

/** Produces documents one at a time, each as one atomic multi-stream append, like ingestion. */
export class CorpusWriter {
  private readonly next = random(20170730);
  private readonly facts: FactState[] = [];
  private documentCount = 0;
  events = 0;

  get factCount(): number {
    return this.facts.length;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Skewed: the first items are the most frequent (a few country pairs dominate the news). */
  private skewed<T>(items: readonly T[]): T {
    return items[Math.min(items.length - 1, Math.floor(items.length * this.next() ** 2))]!;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  private day(): string {
    return `${this.int(2012, 2022)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }

  private partial(day: string): PartialDate {
    return this.next() < 0.7 ? { value: day, precision: 'day' } : { value: day.slice(0, 7), precision: 'month' };
  }

  private text(words: number): string {
    return Array.from({ length: words }, () => this.pick(WORDS)).join(' ');
  }

  private event(type: string, data: object, knownAt: string | null, source: string): NewEvent {
    this.events += 1;
    return { eventId: randomUUID(), type, schemaVersion: 1, data: data as Record<string, unknown>, metadata: { knownAt, source } };
  }

  private newFact(documentId: string, knownAt: string): [string, NewEvent] {
    const type = this.pick(TYPES);
    const actor = this.skewed(COUNTRIES);
    let target = this.skewed(COUNTRIES);
    while (target === actor) target = this.pick(COUNTRIES);
    const occurred = this.day();
    const places: Place[] = Array.from({ length: this.int(0, 3) }, () => ({
      name: this.pick(CITIES),
      country: this.next() < 0.8 ? actor : target,
      facility: this.pick(FACILITIES),
    }));
    const values: FactValues = {
      actor: { country: actor, organisation: null, name: this.next() < 0.5 ? `Minister ${this.int(1, 500)}` : null },
      target: { country: target, organisation: null, name: null },
      counts: this.next() < 0.5 ? { from: null, to: this.int(10, 900), change: this.int(1, 800), approximate: this.next() < 0.1 } : null,
      places,
      validTime: { occurredOn: this.partial(occurred), effectiveOn: this.next() < 0.4 ? this.partial(this.day()) : null },
      modality: this.pick(MODALITIES),
      cameo: this.pick(['161', '166', '1711', '163', null]),
      detail: this.next() < 0.3 ? this.text(8) : null,
    };
    const id = `fact-${this.facts.length}-${type}-${actor}-${target}`.toLowerCase();
    this.facts.push({ id, type, values, documents: [documentId] });
    return [id, this.event(type, { ...values, factId: id, provenance: this.provenance(documentId), origin: this.origin() }, knownAt, documentId)];
  }

  private provenance(documentId: string) {
    const quote = this.text(this.int(8, 20));
    const start = this.int(0, 800);
    return { documentId, quote, start, end: start + quote.length };
  }

  private origin() {
    return this.next() < 0.2
      ? { method: 'curated' as const, extractorVersion: null, confidence: 1 }
      : { method: 'extracted' as const, extractorVersion: '1.3.0', confidence: Math.round(this.next() * 100) / 100 };
  }

  /** A later report on an existing fact: mostly agreeing, sometimes disagreeing, rarely retracted. */
  private laterReport(documentId: string, knownAt: string): [string, NewEvent] {
    const fact = this.facts[Math.floor(this.facts.length * (1 - this.next() ** 2))]!;
    const roll = this.next();
    if (roll < 0.03 && fact.documents.length > 0) {
      const retracted = fact.documents.shift()!;
      return [fact.id, this.event('FactRetracted', { factId: fact.id, documentId: retracted, extractorVersion: '1.4.0', reason: 'no longer extracted' }, null, documentId)];
    }
    fact.documents.push(documentId);
    if (roll < 0.15) {
      const disputes = [{ field: 'counts.change', recorded: fact.values.counts?.change ?? null, reported: this.int(1, 900) }];
      return [fact.id, this.event('FactDisputed', { factId: fact.id, provenance: this.provenance(documentId), origin: this.origin(), disputes, values: fact.values }, knownAt, documentId)];
    }
    return [fact.id, this.event('FactCorroborated', { factId: fact.id, provenance: this.provenance(documentId), origin: this.origin(), values: fact.values }, knownAt, documentId)];
  }

  private factReports(documentId: string, knownAt: string, count: number): Map<string, NewEvent[]> {
    const byStream = new Map<string, NewEvent[]>();
    for (let i = 0; i < count; i++) {
      const [streamId, event] = this.facts.length < 50 || this.next() < 0.6 ? this.newFact(documentId, knownAt) : this.laterReport(documentId, knownAt);
      byStream.set(streamId, [...(byStream.get(streamId) ?? []), event]);
    }
    return byStream;
  }

  /** The next document with everything ingestion would record for it, grouped by stream. */
  document(): StreamAppend[] {
    const n = this.documentCount++;
    const documentId = `doc-${n.toString(16).padStart(16, '0')}`;
    const published = `${this.day()}T${String(this.int(0, 23)).padStart(2, '0')}:00:00Z`;
    const entry = this.next() < 0.3;
    const appends: StreamAppend[] = [];
    const text = this.text(this.int(150, 250));
    appends.push({
      streamId: documentId,
      events: [
        this.event('DocumentIngested', {
          documentId, contentHash: documentId.padEnd(64, '0'), kind: entry ? 'current-events-entry' : 'article', title: this.text(10),
          publisher: this.pick(['Reuters', 'BBC', 'AP', 'Al Jazeera', null]), url: null, publishedAt: published, text, captions: [],
        }, published, documentId),
      ],
    });
    if (entry) appends.push({ streamId: `story-${n}`, events: this.story(`story-${n}`, documentId, published) });
    for (const [streamId, events] of this.factReports(documentId, published, entry ? this.int(1, 2) : this.int(2, 5))) {
      appends.push({ streamId, events });
    }
    return appends;
  }

  private story(storyId: string, documentId: string, published: string): NewEvent[] {
    const versions = this.int(1, 4);
    const headline = this.text(14);
    const events: NewEvent[] = [];
    const start = Date.parse(published);
    for (let version = 1; version <= versions; version++) {
      const label = version === 1 ? 'First version' : version === versions ? 'Current version' : 'Update';
      const knownAt = version === versions && versions > 1 ? null : new Date(start + version * 3_600_000 * this.int(1, 48)).toISOString();
      const common = { storyId, documentId, version, label, headline: version === 1 ? headline : `${this.pick(WORDS)} ${headline}`, path: `/news/${storyId}/v${version}.md`, knownAt };
      events.push(
        version === 1
          ? this.event('StoryReported', { ...common, date: published.slice(0, 10), summary: this.text(25) }, knownAt, documentId)
          : this.event('StoryRevised', common, knownAt, documentId),
      );
    }
    for (let i = 0; i < 2; i++) {
      events.push(this.event('StorySourceCited', { storyId, documentId, name: this.pick(['Reuters', 'CNN', 'BBC']), url: `https://news.example/${storyId}/${i}` }, published, documentId));
    }
    for (let i = 0; i < this.int(2, 5); i++) {
      const related = this.int(0, 200_000);
      events.push(this.event('StoriesLinked', {
        storyId, documentId, relatedStoryId: `story-${related}`, relatedPath: `/news/story-${related}.md`, relatedHeadline: this.text(12),
        relatedDate: this.day(), contextTags: ['Russia-United States relations', this.pick(WORDS)],
      }, published, documentId));
    }
    return events;
  }
}

/** Appends documents until `done` says so, a few documents per append, `concurrency` appends at once. */
export async function writeCorpus(store: EventStore, writer: CorpusWriter, done: () => boolean, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let lastLog = 0;
  const worker = async (): Promise<void> => {
    while (!done()) {
      const byStream = new Map<string, NewEvent[]>();
      for (let i = 0; i < 25 && !done(); i++) {
        for (const { streamId, events } of writer.document()) byStream.set(streamId, [...(byStream.get(streamId) ?? []), ...events]);
      }
      // One lock order for every append, so concurrent appends to the same facts never deadlock.
      const appends = [...byStream].sort(([a], [b]) => a.localeCompare(b)).map(([streamId, events]) => ({ streamId, events }));
      await store.appendMany(appends);
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`  corpus: ${writer.events.toLocaleString('en-US')} events, ${writer.factCount.toLocaleString('en-US')} facts, ${Math.round(writer.events / ((Date.now() - started) / 1000)).toLocaleString('en-US')} events/s`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

export async function openBenchDatabase(adminUrl: string, name: string, fresh: boolean): Promise<pg.Pool> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 6 });
  pool.on('error', () => undefined);
  await runMigrations(pool, [...eventStoreMigrations, ...projectionMigrations]);
  await pool.query('CREATE TABLE IF NOT EXISTS bench_corpus (version text PRIMARY KEY, events bigint NOT NULL, facts bigint NOT NULL)');
  return pool;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

async function timedRebuild(pool: pg.Pool, store: EventStore): Promise<{ events: number; seconds: number }> {
  let lastLine = 0;
  return rebuildProjections(pool, store, PROJECTIONS, {
    onProgress: (progress) => {
      if (progress.phase !== 'replaying' || Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        console.log(`  ${formatProgress(progress)}`);
      }
    },
  });
}

/**
 * The floor a rebuild is measured against: the same log read in the same order and pages, cut
 * to the same types, into the same event objects, with nothing done with them. A rebuild also
 * folds and writes every projection, so it cannot reach this; the ratio is what that costs.
 */
async function plainScan(pool: pg.Pool, types: readonly string[]): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  let after = { transactionId: '0', globalPosition: '0' };
  let events = 0;
  for (;;) {
    const { rows } = await pool.query<unknown[]>({
      text: `SELECT ${EVENT_COLUMNS} FROM events
              WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) AND type = ANY($3::text[])
              ORDER BY transaction_id, global_position LIMIT ${SCAN_PAGE}`,
      values: [after.transactionId, after.globalPosition, types],
      rowMode: 'array',
      types: EVENT_ROW_TYPES,
    });
    if (rows.length === 0) break;
    const page = rows.map(toStoredEvent);
    events += page.length;
    const last = page.at(-1)!;
    after = { transactionId: last.transactionId.toString(), globalPosition: last.globalPosition.toString() };
  }
  return { events, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:rebuild');
    process.exit(2);
  }
  const target = Number(option('events') ?? 1_000_000);
  const pool = await openBenchDatabase(adminUrl, option('database') ?? 'nl_bench_rebuild', process.argv.includes('--fresh'));
  try {
    const store = createPostgresEventStore(pool);
    const { rows } = await pool.query<{ events: string }>('SELECT events FROM bench_corpus WHERE version = $1', [`${CORPUS_VERSION}-${target}`]);
    if (!rows[0]) {
      console.log(`Writing a corpus of ${target.toLocaleString('en-US')} events (kept for later runs) ...`);
      if ((await store.headPosition()) > 0n) throw new Error('nl_bench_rebuild holds another corpus: run with --fresh');
      const writer = new CorpusWriter();
      await writeCorpus(store, writer, () => writer.events >= target, console.log);
      await pool.query('INSERT INTO bench_corpus VALUES ($1, $2, $3)', [`${CORPUS_VERSION}-${target}`, writer.events, writer.factCount]);
    }
    const { rows: types } = await pool.query<{ type: string; n: string }>('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY 2 DESC');
    const total = types.reduce((sum, row) => sum + Number(row.n), 0);
    const { rows: [server] } = await pool.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    console.log(`PostgreSQL ${server!.version}; corpus: ${total.toLocaleString('en-US')} events (${types.map((t) => `${t.type} ${t.n}`).join(', ')})`);

    const projected = [...new Set(PROJECTIONS.flatMap((projection) => [...projection.eventTypes]))];
    const { rows: [handed] } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE type = ANY($1::text[])', [projected]);
    const handedEvents = Number(handed!.n);
    console.log(
      `${handedEvents.toLocaleString('en-US')} of the ${total.toLocaleString('en-US')} events are of a type a projection reads; ` +
        'events/s below counts those (events handed to projections), not rows scanned',
    );

    // The first rebuild after the corpus was written is the cold one, reported first; each
    // rebuild is followed by the plain scan, so both sides of a pair meet the same cache.
    const runs = Number(option('runs') ?? 2);
    const factRows: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await timedRebuild(pool, store);
      const scan = await plainScan(pool, projected);
      const { rows: [facts] } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM read_facts.fact');
      factRows.push(Number(facts!.n));
      recordCheck({
        bench: 'rebuild',
        name: `run ${run}: the plain scan read every event the projections read`,
        ok: scan.events === handedEvents,
        detail: `${scan.events} scanned, ${handedEvents} of the projections' types`,
      });
      recordFigure({
        bench: 'rebuild',
        name: `full rebuild, run ${run}${run === 1 ? ' (cold: first after writing the corpus)' : ' (warm)'}, ${handedEvents.toLocaleString('en-US')} events`,
        value: handedEvents / result.seconds,
        unit: 'events/s',
        better: 'higher',
        floor: { name: 'plain SELECT … ORDER BY scan into the same rows', value: scan.events / scan.seconds },
        target: TARGET_RATIO,
        note: `rebuild ${result.seconds.toFixed(1)} s (${result.events.toLocaleString('en-US')} rows scanned), scan ${scan.seconds.toFixed(1)} s`,
      });
    }
    recordCheck({
      bench: 'rebuild',
      name: 'every rebuild gives the same facts',
      ok: factRows.every((n) => n > 0 && n === factRows[0]),
      detail: `read_facts.fact rows per run: ${factRows.join(', ')}`,
    });
    const { rows: sizes } = await pool.query<{ schema: string; rows: string }>(
      `SELECT schemaname AS schema, sum(n_live_tup)::text AS rows FROM pg_stat_user_tables WHERE schemaname LIKE 'read\\_%' GROUP BY 1 ORDER BY 1`,
    );
    console.log(`Read model rows (statistics' estimate): ${sizes.map((s) => `${s.schema} ${Number(s.rows).toLocaleString('en-US')}`).join(', ')}`);
  } finally {
    await pool.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
