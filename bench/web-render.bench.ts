/**
 * The page's first render with a full ledger: 10,000 facts (with the stories and documents
 * around them), then, in a fresh browser context each time (no cache), the time from starting
 * the navigation until each main view shows its content: the stories list, the facts list, one
 * fact with its proof, and the relations of the busiest pair of countries with their timeline
 * chart. Target: under 1 s for each (issue 17). Drives Debian's chromium (CHROMIUM_PATH to
 * change it) through playwright-core.
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:web [-- --facts 10000] [-- --runs 7] [-- --fresh]
 *
 * The data lives in its own database next to DATABASE_URL's (nl_bench_web), kept between runs;
 * --fresh writes it again. Drop it with: DROP DATABASE nl_bench_web.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { chromium } from 'playwright-core';
import { ExpressHttpAdapter } from '../src/api/express-http-adapter.js';
import { configureHttpApp } from '../src/api/http-app.js';
import { AppModule } from '../src/app.module.js';
import { loadSettings } from '../src/config/settings.js';
import { createPostgresEventStore } from '../src/event-store/postgres/postgres-event-store.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { rebuildProjections } from '../src/projections/rebuild/rebuild.js';
import { CorpusWriter, openBenchDatabase, writeCorpus } from './rebuild.bench.js';

const TARGET_MS = 1000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

interface View {
  readonly name: string;
  readonly hash: string;
  /** Present once the view shows what it is for, not just its frame. */
  readonly ready: string;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:web');
    process.exit(2);
  }
  const facts = Number(option('facts') ?? 10_000);
  const runs = Number(option('runs') ?? 7);
  const pool = await openBenchDatabase(adminUrl, 'nl_bench_web', process.argv.includes('--fresh'));
  const marker = `web-v1-${facts}`;
  let ledger: { pair: string; pairFacts: number; factId: string };
  try {
    const { rows } = await pool.query('SELECT 1 FROM bench_corpus WHERE version = $1', [marker]);
    if (!rows[0]) {
      if ((await pool.query('SELECT 1 FROM events LIMIT 1')).rowCount) throw new Error('nl_bench_web holds other data: run with --fresh');
      console.log(`Writing documents until ${facts.toLocaleString('en-US')} facts exist, then building the read models ...`);
      const store = createPostgresEventStore(pool);
      const writer = new CorpusWriter();
      await writeCorpus(store, writer, () => writer.factCount >= facts, console.log);
      await rebuildProjections(pool, store, PROJECTIONS);
      await pool.query('INSERT INTO bench_corpus VALUES ($1, $2, $3)', [marker, writer.events, writer.factCount]);
    }
    const { rows: [busiest] } = await pool.query<{ pair: string; n: string }>(
      'SELECT pair, count(*) AS n FROM read_facts.fact GROUP BY pair ORDER BY n DESC LIMIT 1',
    );
    const { rows: [fact] } = await pool.query<{ fact_id: string }>('SELECT fact_id FROM read_facts.fact ORDER BY document_count DESC LIMIT 1');
    ledger = { pair: busiest!.pair, pairFacts: Number(busiest!.n), factId: fact!.fact_id };
  } finally {
    await pool.end();
  }

  const url = new URL(adminUrl);
  url.pathname = '/nl_bench_web';
  const settings = loadSettings({
    ...process.env,
    DATABASE_URL: url.toString(),
    NEWSLEDGER_API_TOKEN: 'bench-token-0123456789abcdef',
    NEWSLEDGER_SEED_ON_START: 'false',
    KAFKA_BROKERS: '',
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, { url: settings.databaseUrl! }), new ExpressHttpAdapter(), {
    logger: ['error'],
  });
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const [a, b] = ledger.pair.split('-');
    const views: View[] = [
      { name: 'Stories list', hash: '#/stories', ready: 'ul.cards > li' },
      { name: 'Facts list', hash: '#/facts', ready: 'ul.cards > li' },
      { name: 'One fact with its proof', hash: `#/fact/${encodeURIComponent(ledger.factId)}`, ready: 'ol.quotes > li' },
      { name: `Relations ${a}–${b} with the timeline chart`, hash: `#/relations?a=${a}&b=${b}`, ready: '.chart .uplot canvas' },
    ];
    console.log(`ledger: ${facts.toLocaleString('en-US')}+ facts; busiest pair ${a}–${b} with ${ledger.pairFacts} facts; the fact shown has the most documents`);
    console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} cold runs per view (fresh context, no cache)\n`);
    console.log(`| view | median (ms) | max (ms) | target < ${TARGET_MS} ms |`);
    console.log('|---|---:|---:|---|');
    for (const view of views) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${base}/${view.hash}`);
        await page.locator(view.ready).first().waitFor({ timeout: 30_000 });
        times.push(performance.now() - started);
        await context.close();
      }
      const m = median(times);
      console.log(`| ${view.name} | ${m.toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${m < TARGET_MS ? 'met' : 'NOT met'} |`);
    }
    console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
