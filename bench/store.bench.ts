/**
 * Event store benchmark: appends and global reads against a plain-table baseline, in the same
 * run on the same database, plus a check that the global read returned every event exactly
 * once, then writers contending for one hot stream against the same loop on the plain table.
 * Usage: DATABASE_URL=postgres://... npm run bench:store [-- hot-streams | uncontended]
 * (`hot-streams` runs only the contended cases, `uncontended` only the others; BENCH_STORE_SCALE=0.1
 * writes a tenth of the appends, as `npm run bench` does).
 *
 * It creates (and finally drops) its own database next to DATABASE_URL's, so it never touches
 * existing data.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EventStore, LogCursor, NewEvent } from '../src/event-store/event-store.port.js';
import { eventStoreMigrations } from '../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import {
  HOT_STREAM_CASES,
  plainTableWriter,
  runHotStream,
  storeWriter,
  type HotStreamCase,
  type HotStreamRun,
  type VersionedWriter,
} from './support/hot-stream.js';
import { sampleEvents } from './support/sample-events.js';
import { createScratchDatabase } from './support/scratch-database.js';

const CONCURRENCY = 8;
const READ_PAGE = 1000;
// The store and the baselines take turns in small slices (appends: chunks of each shape;
// reads: single pages) and each side's time is summed: on a shared machine, load from
// elsewhere then falls on all sides alike instead of on whichever ran at the wrong moment.
const CHUNKS = 8;

interface Shape {
  readonly name: string;
  readonly concurrency: number;
  readonly eventsPerAppend: number;
  /** Appends per side, over all chunks. */
  readonly appends: number;
}

const SCALE = Number(process.env.BENCH_STORE_SCALE ?? 1);
// Passes over the whole log per side. A tenth of the log (npm run bench's small mode) is 14
// pages a pass, too few for a ratio on a loaded machine (0.75-1.13 in runs of the same code),
// so a smaller log is read more often: 6 passes, 84 pages a side, at a tenth.
const READ_PASSES = Math.min(20, Math.max(2, Math.round(0.6 / SCALE)));
const scaled = (appends: number): number => Math.max(CHUNKS, Math.round((appends * SCALE) / CHUNKS) * CHUNKS);
const SHAPES: readonly Shape[] = [
  { name: '1-event appends, concurrency 1', concurrency: 1, eventsPerAppend: 1, appends: scaled(4_000) },
  { name: '1-event appends, concurrency 8', concurrency: CONCURRENCY, eventsPerAppend: 1, appends: scaled(16_000) },
  { name: '100-event appends, concurrency 1', concurrency: 1, eventsPerAppend: 100, appends: scaled(320) },
  { name: '100-event appends, concurrency 8', concurrency: CONCURRENCY, eventsPerAppend: 100, appends: scaled(800) },
];
const APPEND_TARGET = 0.75;
const READ_TARGET = 0.8;
const HOT_STREAM_TARGET = 1.0;
const HOT_STREAM_ROUNDS = 3;
// Untimed appends per writer before a case's rounds: every side's connections start warm.
const HOT_STREAM_WARM_UP = 5;

const BASELINE_COLUMNS = 'stream_id, stream_version, event_id, type, schema_version, data, metadata';

/**
 * Two plain tables with the events table's columns. `baseline_events` also has its indexes
 * (the targets are measured against it, so the ratio is the cost of the store's logic);
 * `bare_events` has only the primary key, to show what the ledger's indexes cost.
 */
const BASELINE_TABLES = `
  CREATE TABLE bare_events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id text COLLATE "C" NOT NULL,
    stream_version bigint NOT NULL,
    event_id uuid NOT NULL,
    type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE baseline_events (LIKE bare_events INCLUDING ALL);
  ALTER TABLE baseline_events ADD UNIQUE (event_id), ADD UNIQUE (stream_id, stream_version);
  CREATE INDEX ON baseline_events (transaction_id, global_position);
`;

type Table = 'baseline_events' | 'bare_events';

interface Row {
  readonly name: string;
  readonly ours: number;
  readonly baseline: number;
  readonly bare: number;
  readonly target: number;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:store');
    process.exit(2);
  }
  const onlyHotStreams = process.argv.includes('hot-streams');
  const scratch = await createScratchDatabase(adminUrl, CONCURRENCY);
  const { pool } = scratch;
  let verified = true;
  try {
    await runMigrations(pool, eventStoreMigrations);
    await pool.query(BASELINE_TABLES);
    const store = createPostgresEventStore(pool);
    const { rows: [server] } = await pool.query<{ version: string }>('SELECT current_setting($$server_version$$) AS version');
    console.log(
      `PostgreSQL ${server!.version}; ${CONCURRENCY} pooled connections; ${payloadBytes()}-byte event data; ` +
        `store and baselines interleaved\n`,
    );

    if (!onlyHotStreams) verified = await uncontended(store, pool);
    if (!process.argv.includes('uncontended')) verified = (await hotStreams(scratch.url)) && verified;
  } finally {
    await scratch.drop();
  }
  if (!verified) process.exit(1);
}

/** Appends to fresh streams and the global read; true when the read check passed. */
async function uncontended(store: EventStore, pool: pg.Pool): Promise<boolean> {
  const results: Row[] = [];
  let written = 0;
  for (const shape of SHAPES) {
    const sides = {
      ours: (events: NewEvent[]) =>
        store.append(`bench-${randomUUID()}`, events, { expectedVersion: 'no_stream' }).then(() => undefined),
      baseline: (events: NewEvent[]) => plainInsert(pool, 'baseline_events', events),
      bare: (events: NewEvent[]) => plainInsert(pool, 'bare_events', events),
    };
    const seconds = { ours: 0, baseline: 0, bare: 0 };
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      for (const side of rotate(['ours', 'baseline', 'bare'] as const, chunk)) {
        seconds[side] += await measure(shape, shape.appends / CHUNKS, sides[side]);
      }
    }
    written += shape.appends * shape.eventsPerAppend;
    const rate = (side: keyof typeof seconds) => (shape.appends * shape.eventsPerAppend) / seconds[side];
    results.push({ name: shape.name, ours: rate('ours'), baseline: rate('baseline'), bare: rate('bare'), target: APPEND_TARGET });
    report(results.at(-1)!);
  }

  const reads = await readAllSides(store, pool);
  results.push({ name: 'global read, whole log', ...reads.rates, target: READ_TARGET });
  report(results.at(-1)!);
  const check = reads.check;

  const verified = check.count === written && check.distinct === written && check.ordered;
  console.log(
    `\nread check: ${check.count} events read, ${check.distinct} distinct, ${written} written, ` +
      `${check.ordered ? 'in' : 'NOT in'} (transaction id, position) order: ${verified ? 'OK' : 'FAILED'}`,
  );
  console.log(`\n${markdownTable(results)}\n`);
  return verified;
}

/**
 * Each contended case on the store and on the plain table, taking turns, HOT_STREAM_ROUNDS
 * rounds; the median round of each side counts. True when the store refused no 'any' append.
 *
 * Each side has a pool of its own, warmed up before the rounds: the `pool.query` side loses a
 * connection with every conflict, and whichever side ran after it on a shared pool started on
 * new backends (cold caches, statements prepared again).
 */
async function hotStreams(url: string): Promise<boolean> {
  const pools = { ours: sidePool(url), baseline: sidePool(url), poolQuery: sidePool(url) };
  try {
    return await runHotStreams({
      ours: storeWriter(createPostgresEventStore(pools.ours)),
      baseline: plainTableWriter(pools.baseline, 'baseline_events', true),
      poolQuery: plainTableWriter(pools.poolQuery, 'baseline_events', false),
    });
  } finally {
    await Promise.all(Object.values(pools).map((sidePool) => sidePool.end()));
  }
}

function sidePool(url: string): pg.Pool {
  const sidePool = new pg.Pool({ connectionString: url, max: CONCURRENCY });
  sidePool.on('error', (error) => {
    if (!sidePool.ending) console.error('idle connection failed:', error);
  });
  return sidePool;
}

async function runHotStreams(sides: Record<'ours' | 'baseline' | 'poolQuery', VersionedWriter>): Promise<boolean> {
  const lines = [
    '| contended workload | event store (appends/s) | attempts per append | plain table, same indexes | attempts per append | ratio (target) | plain table, `pool.query` | ratio | store refusals |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  let refused = 0;
  for (const hotCase of HOT_STREAM_CASES) {
    const runs: Record<keyof typeof sides, HotStreamRun[]> = { ours: [], baseline: [], poolQuery: [] };
    for (const side of Object.values(sides)) await runHotStream(side, { ...hotCase, appendsPerWriter: HOT_STREAM_WARM_UP });
    for (let round = 0; round < HOT_STREAM_ROUNDS; round++) {
      for (const side of rotate(['ours', 'baseline', 'poolQuery'] as const, round)) {
        runs[side].push(await runHotStream(sides[side], hotCase));
      }
    }
    const [ours, baseline, poolQuery] = [median(runs.ours), median(runs.baseline), median(runs.poolQuery)];
    const ratio = rate(ours) / rate(baseline);
    const caseRefused = runs.ours.reduce((sum, run) => sum + run.refused, 0);
    refused += caseRefused;
    console.log(
      `${hotCase.name.padEnd(38)} store ${fmt(rate(ours)).padStart(5)} (${perAppend(ours)} attempts/append)  ` +
        `baseline ${fmt(rate(baseline)).padStart(5)} (${perAppend(baseline)})  ratio ${ratio.toFixed(2)} ` +
        `(target ${HOT_STREAM_TARGET.toFixed(2)}: ${ratio >= HOT_STREAM_TARGET ? 'met' : 'MISSED'})  ` +
        `pool.query baseline ${fmt(rate(poolQuery)).padStart(5)}  ` +
        `refused ${caseRefused} of ${describeTotal(hotCase)}   [successful appends/s, median of ${HOT_STREAM_ROUNDS}]`,
    );
    lines.push(
      `| ${hotCase.name} | ${fmt(rate(ours))} | ${perAppend(ours)} | ${fmt(rate(baseline))} | ${perAppend(baseline)} | ` +
        `${ratio.toFixed(2)} (≥ ${HOT_STREAM_TARGET.toFixed(2)}) | ${fmt(rate(poolQuery))} | ${(rate(ours) / rate(poolQuery)).toFixed(2)} | ${caseRefused} |`,
    );
  }
  console.log(`\n${lines.join('\n')}`);
  return refused === 0;
}

const rate = (run: HotStreamRun): number => run.successes / run.seconds;
const perAppend = (run: HotStreamRun): string => (run.attempts / run.successes).toFixed(2);
const describeTotal = (hotCase: HotStreamCase): string =>
  `${HOT_STREAM_ROUNDS} x ${hotCase.writers * hotCase.appendsPerWriter}`;

function median(runs: readonly HotStreamRun[]): HotStreamRun {
  return [...runs].sort((a, b) => rate(a) - rate(b))[Math.floor(runs.length / 2)]!;
}

/** Runs `appends` appends spread over `shape.concurrency` workers; returns the seconds taken. */
async function measure(shape: Shape, appends: number, append: (events: NewEvent[]) => Promise<void>): Promise<number> {
  let remaining = appends;
  const worker = async (): Promise<void> => {
    while (remaining > 0) {
      remaining--;
      await append(sampleEvents(shape.eventsPerAppend));
    }
  };
  const { seconds } = await timed(() => Promise.all(Array.from({ length: shape.concurrency }, worker)));
  return seconds;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  return items.map((_, i) => items[(i + by) % items.length]!);
}

async function plainInsert(pool: pg.Pool, table: Table, events: readonly NewEvent[]): Promise<void> {
  const streamId = `bench-${randomUUID()}`;
  const values: unknown[] = [];
  const tuples = events.map((event, i) => {
    values.push(streamId, i + 1, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata));
    const base = i * 7;
    return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7})`;
  });
  await pool.query({
    name: `${table}_insert_${events.length}`,
    text: `INSERT INTO ${table} (${BASELINE_COLUMNS}) VALUES ${tuples.join(', ')}`,
    values,
  });
}

interface ReadCheck {
  readonly count: number;
  readonly distinct: number;
  readonly ordered: boolean;
}

/**
 * Reads the whole log through the store and both plain tables, a page from each in turn.
 * The check covers the store's last pass: every event once, in log order.
 */
async function readAllSides(
  store: EventStore,
  pool: pg.Pool,
): Promise<{ rates: { ours: number; baseline: number; bare: number }; check: ReadCheck }> {
  const seconds = { ours: 0, baseline: 0, bare: 0 };
  const rows = { ours: 0, baseline: 0, bare: 0 };
  let check: ReadCheck = { count: 0, distinct: 0, ordered: false };
  for (let pass = 0; pass < READ_PASSES; pass++) {
    const seen = new Set<string>();
    let count = 0;
    let ordered = true;
    let cursor: LogCursor | undefined;
    const plainAfter = { baseline_events: '0', bare_events: '0' };
    const done = { ours: false, baseline: false, bare: false };
    while (!done.ours || !done.baseline || !done.bare) {
      if (!done.ours) {
        const { value: page, seconds: s } = await timed(() => store.readAll({ after: cursor, limit: READ_PAGE }));
        seconds.ours += s;
        rows.ours += page.events.length;
        count += page.events.length;
        done.ours = page.events.length === 0;
        for (const event of page.events) {
          if (cursor && !isAfter(event, cursor)) ordered = false;
          cursor = event;
          seen.add(event.eventId);
        }
        cursor = page.next;
      }
      for (const [side, table] of [['baseline', 'baseline_events'], ['bare', 'bare_events']] as const) {
        if (done[side]) continue;
        const { value: last, seconds: s } = await timed(() => plainReadPage(pool, table, plainAfter[table]));
        seconds[side] += s;
        rows[side] += last.count;
        done[side] = last.count === 0;
        plainAfter[table] = last.position ?? plainAfter[table];
      }
    }
    check = { count, distinct: seen.size, ordered };
  }
  return {
    rates: { ours: rows.ours / seconds.ours, baseline: rows.baseline / seconds.baseline, bare: rows.bare / seconds.bare },
    check,
  };
}

async function plainReadPage(pool: pg.Pool, table: Table, after: string): Promise<{ count: number; position?: string }> {
  const { rows } = await pool.query<{ global_position: string }>({
    name: `${table}_read`,
    text: `SELECT global_position, transaction_id, ${BASELINE_COLUMNS}, recorded_at FROM ${table}
            WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
    values: [after, READ_PAGE],
  });
  return { count: rows.length, position: rows.at(-1)?.global_position };
}

function isAfter(event: LogCursor, cursor: LogCursor): boolean {
  return (
    event.transactionId > cursor.transactionId ||
    (event.transactionId === cursor.transactionId && event.globalPosition > cursor.globalPosition)
  );
}

function payloadBytes(): number {
  return Buffer.byteLength(JSON.stringify(sampleEvents(1)[0]!.data));
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function report(row: Row): void {
  const ratio = row.ours / row.baseline;
  console.log(
    `${row.name.padEnd(34)} store ${fmt(row.ours).padStart(7)}  baseline ${fmt(row.baseline).padStart(7)}  ` +
      `ratio ${ratio.toFixed(2)} (target ${row.target.toFixed(2)}: ${ratio >= row.target ? 'met' : 'MISSED'})  ` +
      `bare table ${fmt(row.bare).padStart(7)}  ratio ${(row.ours / row.bare).toFixed(2)}   [events/s]`,
  );
}

function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| workload | event store | plain table, same indexes | ratio (target) | bare table, PK only | ratio |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${fmt(row.ours)} | ${fmt(row.baseline)} | ${(row.ours / row.baseline).toFixed(2)} (≥ ${row.target.toFixed(2)}) | ` +
        `${fmt(row.bare)} | ${(row.ours / row.bare).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
