/**
 * Read API benchmark: 100,000 facts (with the stories and documents around them), then p50 and
 * p99 latency of GET /relations/:a/:b, GET /facts?type= and GET /stories/:id at a fixed 500
 * requests/s. The service runs in a child process; this one sends the requests evenly spaced
 * (open loop, see support/open-loop-load.ts) and counts each latency from the request's due time.
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:api [-- --facts 100000] [-- --fresh]
 *
 * The data lives in its own database next to DATABASE_URL's (nl_bench_api), kept between runs;
 * --fresh writes it again. Drop it with: DROP DATABASE nl_bench_api.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ExpressHttpAdapter } from '../src/api/express-http-adapter.js';
import { configureHttpApp } from '../src/api/http-app.js';
import { AppModule } from '../src/app.module.js';
import { loadSettings } from '../src/config/settings.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { rebuildProjections } from '../src/projections/rebuild/rebuild.js';
import { CorpusWriter, openBenchDatabase, writeCorpus } from './rebuild.bench.js';
import { runOpenLoop, type OpenLoopResult } from './support/open-loop-load.js';

const RATE = 500;
const DURATION_S = 20;
const WARM_UP_S = 5;
const CONNECTIONS = 10;
const TARGET_P99_MS = 10;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

/** Child process: the service as main.ts runs it. */
async function serve(): Promise<void> {
  const settings = loadSettings({ ...process.env, NEWSLEDGER_SEED_ON_START: 'false', LOG_LEVEL: 'error' });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(settings, { url: settings.databaseUrl! }),
    new ExpressHttpAdapter(),
    { logger: ['error'] },
  );
  configureHttpApp(app);
  await app.listen(settings.port, '127.0.0.1');
  process.send?.('ready');
}

async function measure(name: string, port: number, path: () => string): Promise<OpenLoopResult & { name: string }> {
  const run = (durationS: number) => runOpenLoop({ port, rate: RATE, durationS, connections: CONNECTIONS, path });
  await run(WARM_UP_S);
  return { name, ...(await run(DURATION_S)) };
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:api');
    process.exit(2);
  }
  const facts = Number(option('facts') ?? 100_000);
  const pool = await openBenchDatabase(adminUrl, 'nl_bench_api', process.argv.includes('--fresh'));
  const marker = `api-v2-${facts}`;
  let child: ReturnType<typeof fork> | null = null;
  try {
    const { rows } = await pool.query('SELECT 1 FROM bench_corpus WHERE version = $1', [marker]);
    if (!rows[0]) {
      if ((await pool.query('SELECT 1 FROM events LIMIT 1')).rowCount) throw new Error('nl_bench_api holds other data: run with --fresh');
      console.log(`Writing documents until ${facts.toLocaleString('en-US')} facts exist, then building the read models ...`);
      const store = createPostgresEventStore(pool);
      const writer = new CorpusWriter();
      await writeCorpus(store, writer, () => writer.factCount >= facts, console.log);
      await rebuildProjections(pool, store, PROJECTIONS);
      await pool.query('INSERT INTO bench_corpus VALUES ($1, $2, $3)', [marker, writer.events, writer.factCount]);
    }
    const [{ rows: [pair] }, { rows: [type] }, { rows: stories }, { rows: [counts] }] = await Promise.all([
      pool.query<{ pair: string; n: string }>('SELECT pair, count(*) AS n FROM read_facts.fact GROUP BY pair ORDER BY n DESC LIMIT 1'),
      pool.query<{ type: string; n: string }>('SELECT type, count(*) AS n FROM read_facts.fact GROUP BY type ORDER BY n DESC LIMIT 1'),
      pool.query<{ story_id: string }>('SELECT story_id FROM read_stories.story ORDER BY random() LIMIT 1000'),
      pool.query<{ facts: string; stories: string; events: string }>(
        'SELECT (SELECT count(*) FROM read_facts.fact) AS facts, (SELECT count(*) FROM read_stories.story) AS stories, (SELECT count(*) FROM events) AS events',
      ),
    ]);
    const [a, b] = pair!.pair.split('-');
    console.log(
      `${Number(counts!.facts).toLocaleString('en-US')} facts, ${Number(counts!.stories).toLocaleString('en-US')} stories, ` +
        `${Number(counts!.events).toLocaleString('en-US')} events; busiest pair ${pair!.pair} (${pair!.n} facts), ` +
        `commonest type ${type!.type} (${type!.n} facts)`,
    );

    const url = new URL(adminUrl);
    url.pathname = '/nl_bench_api';
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    // Without KAFKA_BROKERS even when this shell has it: a relay in the service would publish
    // the whole corpus while the reads are measured.
    child = fork(fileURLToPath(import.meta.url), ['--serve'], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        NEWSLEDGER_API_TOKEN: 'bench-token-0123456789abcdef',
        KAFKA_BROKERS: undefined,
      },
    });
    await new Promise<void>((resolve, reject) => {
      child!.once('message', () => resolve());
      child!.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
    });

    const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
    const results = [
      await measure(`GET /relations/${a}/${b}`, port, () => `/relations/${a}/${b}`),
      await measure(`GET /facts?type=${type!.type}`, port, () => `/facts?type=${type!.type}`),
      await measure('GET /stories/:id (random of 1,000)', port, () => `/stories/${pick(stories).story_id}`),
    ];
    console.log(
      `\n${RATE} requests/s evenly spaced (open loop), up to ${CONNECTIONS} connections, ${DURATION_S} s after ${WARM_UP_S} s warm-up; ` +
        `latency from each request's due time; target p99 <= ${TARGET_P99_MS} ms\n`,
    );
    console.log('| endpoint | p50 (ms) | p99 (ms) | max (ms) | requests/s | non-2xx or errors | p99 target |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    const ms = (value: number) => value.toFixed(1);
    for (const r of results) {
      console.log(
        `| ${r.name} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${Math.round(r.achievedRate)} | ${r.failures} | ` +
          `${r.p99 <= TARGET_P99_MS ? 'met' : 'NOT met'} |`,
      );
    }
  } finally {
    child?.kill('SIGTERM');
    await pool.end();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
