/**
 * Soak: the service for N minutes (default 15) under mixed load — documents posted by two
 * writers, reads of every view by four readers, 20 live clients (reconnecting every minute) and
 * a rebuild of each projection at a third and at two thirds of the run — reporting every 10 s
 * the process's RSS, the event loop's delay (p99 and max over the interval) and the answers by
 * class. The service runs in this process, so the delay measured is the service's own.
 *
 * Usage: DATABASE_URL=postgres://... npm run bench:soak [-- <minutes, default 15>]
 * It writes a database of its own next to DATABASE_URL's and drops it at the end.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ExpressHttpAdapter } from '../src/api/express-http-adapter.js';
import { configureHttpApp } from '../src/api/http-app.js';
import { AppModule } from '../src/app.module.js';
import { loadSettings } from '../src/config/settings.js';
import { PROJECTIONS } from '../src/projections/projections.js';
import { recordCheck } from './support/bench-report.js';
import { newsDocuments } from './support/news-corpus.js';
import { createScratchDatabase } from './support/scratch-database.js';

const MINUTES = Number(process.argv[2] ?? 15);
const SAMPLE_MS = 10_000;
const WRITERS = 2;
const READERS = 4;
const LIVE_CLIENTS = 20;
const TOKEN = 'soak-bench-token-0123456789';
const READS = ['/facts?limit=50', '/stories?limit=50', '/timeline?countries=RUS', '/events?limit=100', '/relations/RUS/USA', '/projections', '/health'];

const answers = { '2xx': 0, '4xx': 0, '5xx': 0, failed: 0 };
const fiveHundreds: string[] = [];
const count = (status: number, what: string): void => {
  if (status >= 500) {
    answers['5xx']++;
    if (fiveHundreds.length < 10) fiveHundreds.push(`${status} ${what}`);
  } else answers[status >= 400 ? '4xx' : '2xx']++;
};

async function request(base: string, path: string, init: RequestInit = {}): Promise<void> {
  try {
    const res = await fetch(`${base}${path}`, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...init.headers } });
    await res.arrayBuffer();
    count(res.status, `${init.method ?? 'GET'} ${path}`);
  } catch {
    answers.failed++;
  }
}

/** A live client that reads everything it is sent and reconnects every minute after the last id it saw. */
async function liveClient(base: string, until: number): Promise<number> {
  let lastId = '';
  let frames = 0;
  while (Date.now() < until) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.min(60_000, Math.max(0, until - Date.now())));
    try {
      const res = await fetch(`${base}/events/live`, { headers: { Authorization: `Bearer ${TOKEN}`, ...(lastId ? { 'Last-Event-ID': lastId } : {}) }, signal: abort.signal });
      count(res.status, 'GET /events/live');
      const decoder = new TextDecoder();
      for await (const chunk of res.body ?? []) {
        for (const match of decoder.decode(chunk as Uint8Array, { stream: true }).matchAll(/^id: (\d+)$/gm)) {
          lastId = match[1]!;
          frames++;
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') answers.failed++;
    } finally {
      clearTimeout(timer);
    }
  }
  return frames;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:soak');
  const db = await createScratchDatabase(adminUrl, 1);
  const settings = loadSettings({ NEWSLEDGER_API_TOKEN: TOKEN, NEWSLEDGER_SEED_ON_START: 'false', LOG_LEVEL: 'error', NEWSLEDGER_SSE_MAX_CLIENTS: String(LIVE_CLIENTS + 5) });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, { url: db.url }), new ExpressHttpAdapter(), { logger: ['error'] });
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

  const started = Date.now();
  const until = started + MINUTES * 60_000;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const rows: string[] = [];
  let worstP99 = 0;
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const p99 = delay.percentile(99) / 1e6;
    worstP99 = Math.max(worstP99, p99);
    rss.push(process.memoryUsage().rss / 2 ** 20);
    rows.push(
      `${String(Math.round((Date.now() - started) / 1000)).padStart(6)} ${rss.at(-1)!.toFixed(0).padStart(8)} ${p99.toFixed(1).padStart(9)} ${(delay.max / 1e6).toFixed(1).padStart(9)} ${String(answers['2xx']).padStart(7)} ${String(answers['4xx']).padStart(6)} ${String(answers['5xx']).padStart(6)} ${String(answers.failed).padStart(7)}`,
    );
    console.log(rows.at(-1));
    delay.reset();
  }, SAMPLE_MS);
  console.log(`soak: ${MINUTES} min, ${WRITERS} writers, ${READERS} readers, ${LIVE_CLIENTS} live clients, a rebuild of each projection at 1/3 and 2/3`);
  console.log('     s  RSS MiB  p99 loop   max loop     2xx    4xx    5xx  failed');

  const documents = newsDocuments(1_000_000, { seed: 15 });
  const writer = async (): Promise<void> => {
    while (Date.now() < until) {
      await request(base, '/documents', { method: 'POST', body: JSON.stringify({ text: documents.next().value }) });
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const reader = async (): Promise<void> => {
    for (let i = 0; Date.now() < until; i++) {
      await request(base, READS[i % READS.length]!);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const rebuilds = async (): Promise<void> => {
    for (const at of [1 / 3, 2 / 3]) {
      await new Promise((r) => setTimeout(r, Math.max(0, started + at * MINUTES * 60_000 - Date.now())));
      for (const projection of PROJECTIONS) await request(base, `/projections/${projection.name}/rebuild`, { method: 'POST', body: '{}' });
    }
  };
  const [frames] = await Promise.all([
    Promise.all(Array.from({ length: LIVE_CLIENTS }, () => liveClient(base, until))).then((each) => each.reduce((a, b) => a + b, 0)),
    ...Array.from({ length: WRITERS }, writer),
    ...Array.from({ length: READERS }, reader),
    rebuilds(),
  ]);
  clearInterval(sampler);
  delay.disable();
  const events = Number((await db.pool.query('select count(*) as n from events')).rows[0].n);
  await app.close();
  await db.drop();

  const third = Math.max(1, Math.floor(rss.length / 3));
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  console.log(
    `\n${events} events written; ${frames} live frames delivered; answers ${JSON.stringify(answers)}; worst interval p99 of the event loop ${worstP99.toFixed(1)} ms; ` +
      `RSS mean of the first third ${mean(rss.slice(0, third)).toFixed(0)} MiB, of the last third ${mean(rss.slice(-third)).toFixed(0)} MiB, peak ${Math.max(...rss).toFixed(0)} MiB`,
  );
  if (fiveHundreds.length > 0) console.log(`5xx answers: ${fiveHundreds.join('; ')}`);
  recordCheck({ bench: 'soak', name: 'no 5xx under mixed reads, writes, live clients and rebuilds', ok: answers['5xx'] === 0, detail: JSON.stringify(answers) });
  process.exitCode = answers['5xx'] === 0 ? 0 : 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
