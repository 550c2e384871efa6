/**
 * Read API benchmark: 100,000 facts (with the stories and documents around them), then a fixed
 * open-loop rate of requests drawn from a Zipf distribution over every country pair
 * (GET /relations/:a/:b), every story (GET /stories/:id) and fact filters with pages down to
 * the 25th (GET /facts?type=&actor=&target=&cursor=), the same sequence in every phase:
 *
 * - the service, nothing written meanwhile;
 * - the service while documents are appended (its projections follow them, so every read
 *   model's version moves and the caches miss: the uncached mix the target is stated on);
 * - the floor: a bare `node:http` server answering each path with the bytes the service gave,
 *   in a process of its own, with and without the same appends going on;
 * - the same SQL the service sent for each path, run directly on a pool of the same size.
 *
 * The service and the bare server run in child processes; this one sends the requests evenly
 * spaced (open loop, see support/open-loop-load.ts) and counts each latency from its due time.
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:api [-- --facts 100000] [-- --fresh]
 *   [-- --rate 200] [-- --duration 20] [-- --database nl_bench_api] [-- --small]
 *
 * The data lives in its own database next to DATABASE_URL's (nl_bench_api), kept between runs;
 * --fresh writes it again. Drop it with: DROP DATABASE nl_bench_api.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { ExpressHttpAdapter } from '../src/api/express-http-adapter.js';
import { configureHttpApp } from '../src/api/http-app.js';
import { AppModule } from '../src/app.module.js';
import { loadSettings } from '../src/config/settings.js';
import type { EventStore } from '../src/event-store/event-store.port.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { encodeCursor } from '../src/projections/read-query/page-cursor.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { rebuildProjections } from '../src/projections/rebuild/rebuild.js';
import { CorpusWriter, openBenchDatabase, random, writeCorpus } from './rebuild.bench.js';
import { recordCheck, recordFigure } from './support/bench-report.js';
import { percentile, runOpenLoop, runOpenLoopTasks, type OpenLoopResult } from './support/open-loop-load.js';
import { type RecordedQuery, sqlRecordingMiddleware } from './support/sql-recorder.js';
import { zipfRanks } from './support/zipf.js';

const SMALL = process.argv.includes('--small');
const RATE = Number(option('rate') ?? 200);
const DURATION_S = Number(option('duration') ?? (SMALL ? 10 : 20));
const WARM_UP_S = SMALL ? 2 : 5;
const CONNECTIONS = 10;
const ZIPF_S = 1;
const FACT_PAGE = 20;
const DEEPEST_PAGE = 25;
// Documents appended per second during the ingestion phases (about a dozen events each).
const INGEST_PER_S = 10;
// The read API's p99 against the bare server's at the same rate, uncached mix (issue 19).
const TARGET_RATIO = 3;
// Which endpoint a request goes to; within each, the Zipf rank picks the pair, story or page.
const MIX = [
  ['relations', 0.3],
  ['facts', 0.4],
  ['stories', 0.3],
] as const;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

interface Captured {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

type ToService = { readonly type: 'record'; readonly on: boolean };
type FromService = { readonly type: 'ready' } | { readonly type: 'sql'; readonly path: string; readonly queries: RecordedQuery[] };

/** Child process: the service as main.ts runs it, recording each request's SQL when asked. */
async function serve(): Promise<void> {
  const settings = loadSettings({ ...process.env, NEWSLEDGER_SEED_ON_START: 'false', LOG_LEVEL: 'error' });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(settings, { url: settings.databaseUrl! }),
    new ExpressHttpAdapter(),
    { logger: ['error'] },
  );
  let recording = false;
  process.on('message', (message: ToService) => (recording = message.on));
  app.use(sqlRecordingMiddleware((path, queries) => process.send?.({ type: 'sql', path, queries } satisfies FromService), () => recording));
  configureHttpApp(app);
  await app.listen(settings.port, '127.0.0.1');
  process.send?.({ type: 'ready' } satisfies FromService);
}

// Per connection, not end to end: what the bare server must not copy from the service's answers.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/** Child process: the floor, a bare node:http server answering each path with the captured bytes. */
function bare(): void {
  process.once('message', (entries: [string, Captured][]) => {
    const answers = new Map(entries);
    const server = createServer((request, response) => {
      const answer = answers.get(request.url ?? '');
      if (!answer) {
        response.writeHead(404).end();
        return;
      }
      const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      response.writeHead(answer.status, headers as Record<string, string>).end(answer.body);
    });
    server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ type: 'ready' }));
  });
}

/** Every path a request may ask for, most asked first within each endpoint. */
interface Universe {
  readonly relations: readonly string[];
  readonly facts: readonly string[];
  readonly stories: readonly string[];
}

async function universe(pool: pg.Pool, next: () => number): Promise<Universe> {
  const { rows: countries } = await pool.query<{ country: string }>(
    `SELECT country FROM (SELECT actor_country AS country FROM read_facts.fact UNION ALL SELECT target_country FROM read_facts.fact) c
      WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country`,
  );
  const { rows: pairCounts } = await pool.query<{ pair: string; n: string }>('SELECT pair, count(*) AS n FROM read_facts.fact GROUP BY pair');
  const factsOfPair = new Map(pairCounts.map((row) => [row.pair, Number(row.n)]));
  const codes = countries.map((row) => row.country);
  // Every pair of the countries, those with the most facts first (a pair with none answers too).
  const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b].sort() as [string, string]));
  pairs.sort((x, y) => (factsOfPair.get(y.join('-')) ?? 0) - (factsOfPair.get(x.join('-')) ?? 0));

  const { rows: types } = await pool.query<{ type: string }>('SELECT type FROM read_facts.fact GROUP BY type ORDER BY count(*) DESC');
  const top = codes.slice(0, 8);
  const filters: Record<string, string>[] = [
    {},
    ...types.map(({ type }) => ({ type })),
    ...top.map((actor) => ({ actor })),
    ...top.flatMap((actor) => top.filter((target) => target !== actor).slice(0, 4).map((target) => ({ actor, target }))),
    ...top.slice(0, 4).flatMap((actor) => types.slice(0, 5).map(({ type }) => ({ type, actor }))),
  ];
  // Page 1 of every filter before page 2 of any, and so on: deep pages are the tail.
  const pages: string[][] = Array.from({ length: DEEPEST_PAGE }, () => []);
  for (const filter of filters) {
    const query = new URLSearchParams(filter);
    pages[0]!.push(`/facts${query.size ? `?${query}` : ''}`);
    for (const [page, cursor] of (await pageCursors(pool, filter)).entries()) {
      pages[page + 1]!.push(`/facts?${new URLSearchParams({ ...filter, cursor })}`);
    }
  }

  const { rows: stories } = await pool.query<{ story_id: string }>('SELECT story_id FROM read_stories.story ORDER BY story_id');
  const shuffled = stories.map((row) => row.story_id);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return {
    relations: pairs.map(([a, b]) => (next() < 0.5 ? `/relations/${a}/${b}` : `/relations/${b}/${a}`)),
    facts: pages.flat(),
    stories: shuffled.map((id) => `/stories/${encodeURIComponent(id)}`),
  };
}

/** The cursors of pages 2 to DEEPEST_PAGE of a filter, as the API hands them out (keyset on sort_on, fact_id). */
async function pageCursors(pool: pg.Pool, filter: Record<string, string>): Promise<string[]> {
  const conditions = ['merged_into IS NULL'];
  const values: string[] = [];
  for (const [field, column] of [['type', 'type'], ['actor', 'actor_country'], ['target', 'target_country']] as const) {
    if (filter[field]) conditions.push(`${column} = $${values.push(filter[field])}`);
  }
  const { rows } = await pool.query<{ date: string; id: string }>(
    `SELECT date, id FROM (SELECT sort_on::text AS date, fact_id AS id, row_number() OVER (ORDER BY sort_on, fact_id) AS n
                             FROM read_facts.fact WHERE ${conditions.join(' AND ')}) numbered
      WHERE n % ${FACT_PAGE} = 0 AND n < ${FACT_PAGE * DEEPEST_PAGE} ORDER BY n`,
    values,
  );
  return rows.map((row) => encodeCursor(row));
}

/** The request sequence every phase sends: an endpoint by MIX, then a Zipf rank within it. */
function requestSequence(paths: Universe, length: number, next: () => number): string[] {
  const ranks = {
    relations: zipfRanks(paths.relations.length, ZIPF_S, next),
    facts: zipfRanks(paths.facts.length, ZIPF_S, next),
    stories: zipfRanks(paths.stories.length, ZIPF_S, next),
  };
  return Array.from({ length }, () => {
    let roll = next();
    const [endpoint] = MIX.find(([, share]) => (roll -= share) < 0) ?? MIX[MIX.length - 1]!;
    return paths[endpoint][ranks[endpoint]()]!;
  });
}

/** Documents appended at INGEST_PER_S while `during` runs, each one atomic append as ingestion makes. */
async function withIngestion<T>(store: EventStore, writer: CorpusWriter, during: () => Promise<T>): Promise<T & { appended: number }> {
  let appended = 0;
  let failure: unknown = null;
  const pending = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const appends = writer.document().sort((a, b) => a.streamId.localeCompare(b.streamId));
    const append = store.appendMany(appends).then(
      () => void (appended += 1),
      (error: unknown) => void (failure = error),
    );
    pending.add(append);
    void append.finally(() => pending.delete(append));
  }, 1000 / INGEST_PER_S);
  const result = await during().finally(() => clearInterval(timer));
  await Promise.all(pending);
  if (failure) throw failure;
  return { ...result, appended };
}

function fetchOnce(port: number, path: string): Promise<Captured> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

function startChild(mode: '--serve' | '--bare', env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<void> } {
  const child = fork(fileURLToPath(import.meta.url), [mode], { env, serialization: 'advanced' });
  const ready = new Promise<void>((resolve, reject) => {
    const listen = (message: FromService): void => {
      if (message.type !== 'ready') return;
      child.off('message', listen);
      resolve();
    };
    child.on('message', listen);
    child.once('exit', (code) => reject(new Error(`the ${mode.slice(2)} process exited with ${code}`)));
  });
  return { child, ready };
}

const freePort = (): number => 30_000 + Math.floor(Math.random() * 20_000);

interface Phase extends OpenLoopResult {
  readonly name: string;
  readonly appended?: number;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:api');
    process.exit(2);
  }
  const facts = Number(option('facts') ?? 100_000);
  const database = option('database') ?? 'nl_bench_api';
  const pool = await openBenchDatabase(adminUrl, database, process.argv.includes('--fresh'));
  const marker = `api-v2-${facts}`;
  const children: ChildProcess[] = [];
  const sqlPool = new pg.Pool({ connectionString: pool.options.connectionString, max: CONNECTIONS });
  try {
    const store = createPostgresEventStore(pool);
    const { rows } = await pool.query<{ events: string }>('SELECT events FROM bench_corpus WHERE version = $1', [marker]);
    const writer = new CorpusWriter();
    if (rows[0]) {
      // The writer is deterministic: generating the corpus again (without appending it) brings
      // it to where the corpus ends, so the documents appended during the run are new ones.
      while (writer.events < Number(rows[0].events)) writer.document();
    } else {
      if ((await pool.query('SELECT 1 FROM events LIMIT 1')).rowCount) throw new Error(`${database} holds other data: run with --fresh`);
      console.log(`Writing documents until ${facts.toLocaleString('en-US')} facts exist, then building the read models ...`);
      await writeCorpus(store, writer, () => writer.factCount >= facts, console.log);
      await rebuildProjections(pool, store, PROJECTIONS);
      await pool.query('INSERT INTO bench_corpus VALUES ($1, $2, $3)', [marker, writer.events, writer.factCount]);
    }
    const next = random(19);
    const paths = await universe(pool, next);
    const sequence = requestSequence(paths, Math.round(RATE * (WARM_UP_S + DURATION_S)), next);
    const distinct = [...new Set(sequence)];
    console.log(
      `${paths.relations.length} country pairs, ${paths.facts.length} fact pages (filters × pages 1-${DEEPEST_PAGE}), ${paths.stories.length} stories; ` +
        `${sequence.length} requests (Zipf s=${ZIPF_S}), ${distinct.length} distinct`,
    );

    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    // Without KAFKA_BROKERS even when this shell has it: a relay in the service would publish
    // the whole corpus while the reads are measured.
    const servicePort = freePort();
    const service = startChild('--serve', {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(servicePort),
      NEWSLEDGER_API_TOKEN: 'bench-token-0123456789abcdef',
      KAFKA_BROKERS: undefined,
    });
    children.push(service.child);
    await service.ready;

    // Each phase sends the sequence from the start: its warm-up, then the measured requests.
    const measure = async (name: string, target: { port: number } | { task: (index: number) => Promise<boolean> }): Promise<Phase> => {
      const warmUp = Math.round(RATE * WARM_UP_S);
      const run = (offset: number, durationS: number) =>
        'port' in target
          ? runOpenLoop({ port: target.port, rate: RATE, durationS, connections: CONNECTIONS, path: (index) => sequence[offset + index]! })
          : runOpenLoopTasks({ rate: RATE, durationS, task: (index) => target.task(offset + index) });
      await run(0, WARM_UP_S);
      const result = { name, ...(await run(warmUp, DURATION_S)) };
      console.log(`${name}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.failures} failed`);
      return result;
    };
    const apiQuiet = await measure('service, nothing written meanwhile', { port: servicePort });
    const apiIngest = await withIngestion(store, writer, () => measure(`service, ${INGEST_PER_S} documents/s appended meanwhile`, { port: servicePort }));

    // One request at a time, so each query is recorded against the request that sent it.
    const captured = new Map<string, Captured>();
    const sqlOf = new Map<string, RecordedQuery[]>();
    const recorded = (message: FromService) => {
      if (message.type === 'sql') sqlOf.set(message.path, message.queries);
    };
    service.child.on('message', recorded);
    service.child.send({ type: 'record', on: true } satisfies ToService);
    for (const path of distinct) captured.set(path, await fetchOnce(servicePort, path));
    service.child.send({ type: 'record', on: false } satisfies ToService);
    await new Promise((resolve) => setTimeout(resolve, 200));
    service.child.off('message', recorded);
    const refused = [...captured].filter(([, answer]) => answer.status < 200 || answer.status >= 300);
    recordCheck({
      bench: 'api',
      name: 'every path of the mix answers 2xx',
      ok: refused.length === 0,
      detail: refused.length === 0 ? `${captured.size} paths` : refused.slice(0, 3).map(([path, answer]) => `${answer.status} ${path}`).join(', '),
    });

    const barePort = freePort();
    const bareServer = startChild('--bare', { ...process.env, PORT: String(barePort) });
    children.push(bareServer.child);
    bareServer.child.send([...captured]);
    await bareServer.ready;
    const bareQuiet = await measure('bare node:http server, same bytes', { port: barePort });
    const bareIngest = await withIngestion(store, writer, () => measure(`bare node:http server, same bytes, ${INGEST_PER_S} documents/s appended`, { port: barePort }));
    const sql = await measure('the same SQL run directly, same pool size', { task: (index) => runQueries(sqlPool, sqlOf.get(sequence[index]!) ?? []) });

    const phases: Phase[] = [apiQuiet, apiIngest, bareQuiet, bareIngest, sql];
    recordCheck({
      bench: 'api',
      name: 'no request failed in any phase',
      ok: phases.every((phase) => phase.failures === 0),
      detail: phases.map((phase) => `${phase.failures} of ${phase.sent}`).join(', '),
    });
    const ms = (value: number) => value.toFixed(1);
    console.log(
      `\n${RATE} requests/s evenly spaced (open loop), up to ${CONNECTIONS} connections, ${DURATION_S} s after ${WARM_UP_S} s warm-up, ` +
        `the same ${sequence.length} requests in every phase; latency from each request's due time\n`,
    );
    console.log('| phase | p50 (ms) | p99 (ms) | max (ms) | requests/s | failed | documents appended |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const p of phases) {
      console.log(`| ${p.name} | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(p.max)} | ${Math.round(p.achievedRate)} | ${p.failures} | ${p.appended ?? ''} |`);
    }
    // Where each phase's time went: the same requests split by endpoint.
    const measured = sequence.slice(Math.round(RATE * WARM_UP_S));
    console.log(`\n| phase | ${MIX.map(([endpoint]) => `${endpoint} p50 / p99 (ms)`).join(' | ')} |`);
    console.log(`|---|${MIX.map(() => '---:').join('|')}|`);
    for (const p of phases) {
      const cells = MIX.map(([endpoint]) => {
        const sorted = Float64Array.from(measured.flatMap((path, i) => (path.startsWith(`/${endpoint}`) ? [p.latencies[i]!] : []))).sort();
        return sorted.length ? `${ms(percentile(sorted, 0.5))} / ${ms(percentile(sorted, 0.99))}` : '';
      });
      console.log(`| ${p.name} | ${cells.join(' | ')} |`);
    }
    const mix = `Zipf mix of ${distinct.length} paths at ${RATE} requests/s`;
    recordFigure({
      bench: 'api',
      name: `read API p99, ${mix}, ${INGEST_PER_S} documents/s appended (caches invalidated: the uncached mix)`,
      value: apiIngest.p99,
      unit: 'ms',
      better: 'lower',
      floor: { name: 'bare node:http server, same bytes, same appends', value: bareIngest.p99 },
      target: TARGET_RATIO,
      note: `p50 ${ms(apiIngest.p50)} vs ${ms(bareIngest.p50)} ms`,
    });
    recordFigure({
      bench: 'api',
      name: `read API p99, ${mix}, nothing written`,
      value: apiQuiet.p99,
      unit: 'ms',
      better: 'lower',
      floor: { name: 'bare node:http server, same bytes', value: bareQuiet.p99 },
      note: `p50 ${ms(apiQuiet.p50)} vs ${ms(bareQuiet.p50)} ms`,
    });
    recordFigure({
      bench: 'api',
      name: `read API p99, ${mix}, nothing written, beside its own SQL`,
      value: apiQuiet.p99,
      unit: 'ms',
      better: 'lower',
      floor: { name: 'the same SQL run directly', value: sql.p99 },
      note: `p50 ${ms(apiQuiet.p50)} vs ${ms(sql.p50)} ms`,
    });
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await sqlPool.end();
    await pool.end();
  }
}

async function runQueries(pool: pg.Pool, queries: readonly RecordedQuery[]): Promise<boolean> {
  for (const { text, values, name, rowMode } of queries) {
    if (rowMode === 'array') await pool.query({ text, values: values as unknown[], name, rowMode });
    else await pool.query({ text, values: values as unknown[], name });
  }
  return true;
}

if (process.argv.includes('--serve')) await serve();
else if (process.argv.includes('--bare')) bare();
else await main();
