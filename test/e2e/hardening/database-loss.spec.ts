import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestApp, type TestApp } from '../../support/app.js';
import { freePort, startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres.js';

/**
 * Killing the database under write load: the service lives, answers 503 with Retry-After
 * while it is gone, and resumes when it is back, with nothing lost or doubled. The database
 * is a throwaway cluster of this file's own.
 */
const root = new URL('../../../', import.meta.url).pathname;

/** Polls `done` until it holds; fails naming `what` after a minute (a bound, not a timing assertion). */
async function waitUntil(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const text = (n: number) => `date 2021-04-${String((n % 28) + 1).padStart(2, '0')}\nThe Czech Republic expelled ${n} Russian diplomats in test ${n}.`;

describe('losing the database', () => {
  let pg: ThrowawayPostgres;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    t = await createTestApp({}, pg);
  });
  afterAll(() => t?.close());

  it('given writes in flight, when the database is killed and comes back, then no crash, 503s while down, and every acknowledged write is kept once', async () => {
    const statuses: number[] = [];
    const written = new Set<string>();
    let n = 0;
    let writing = true;
    const post = async () => {
      const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: text(n++) });
      statuses.push(res.status);
      if (res.status === 201) written.add(res.body.documentId);
      if (res.status === 503) {
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    };
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) await post();
    });
    await waitUntil('writes before the kill', () => written.size >= 10);

    await pg.kill();
    const down = await t.http.get('/health');
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toMatch(/^\d+$/);
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\b\d{1,3}(?:\.\d{1,3}){3}:\d/);
    await t.http.get('/health/live').expect(200);
    const read = await t.http.get('/facts');
    expect(read.status).toBe(503);
    expect(read.headers['retry-after']).toMatch(/^\d+$/);
    const failedWhileDown = statuses.length;
    await waitUntil('writes while down', () => statuses.length >= failedWhileDown + 8);

    await pg.restart();
    const afterRestart = written.size;
    try {
      await waitUntil('writes after the restart', () => written.size >= afterRestart + 10);
    } finally {
      writing = false;
      await Promise.all(writers);
    }

    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    await t.http.get('/health').expect(200);
    // Nothing lost or doubled: one DocumentIngested per acknowledged new document, none else.
    const { rows } = await t.db.pool.query<{ stream_id: string }>(
      `SELECT stream_id FROM events WHERE type = 'DocumentIngested'`,
    );
    const stored = rows.map((r) => r.stream_id);
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of written) expect(stored).toContain(id);
  });

  it('given the database is down, when a read or write arrives, then 503 problem+json, never 500', async () => {
    await pg.kill();
    try {
      for (const path of ['/stories', '/events', '/relations/RUS/USA', '/projections', '/timeline?countries=RUS']) {
        const res = await t.http.get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
      }
      const write = await t.http.post('/documents').set('Authorization', t.auth).send({ text: text(9999) });
      expect(write.status).toBe(503);
      expect(write.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    } finally {
      await pg.restart();
    }
  });
});

describe('the service process with its database down', () => {
  let pg: ThrowawayPostgres;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    pg = await startThrowawayPostgres();
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await pg?.drop();
  });

  it('given the database was killed, when SIGTERM arrives, then the process exits cleanly', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      env: { PATH: process.env.PATH!, PORT: String(port), DATABASE_URL: pg.url, NEWSLEDGER_API_TOKEN: 'test-token-0123456789abcdef', NEWSLEDGER_SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitUntil('the service to listen', () => output.includes('Listening on') || child!.exitCode !== null);
    if (child.exitCode !== null) throw new Error(output);
    // An SSE client keeps a subscription polling the dead database.
    const live = fetch(`http://127.0.0.1:${port}/events/live`, { headers: { Authorization: 'Bearer test-token-0123456789abcdef' } }).catch(() => undefined);
    await pg.kill();
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);

    child.kill('SIGTERM');
    // Nest re-raises the signal once it has shut down: a clean exit is code 0 or that signal.
    const exit = await exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(output).not.toMatch(/Unhandled|uncaught/i);
    await live;
    await pg.restart();
  });
});
