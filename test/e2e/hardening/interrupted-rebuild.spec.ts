import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { ALL_MIGRATIONS } from '../../../src/migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import { seedLedger } from '../../../src/ingestion/seeding/seed-ledger.js';
import { INTERRUPTED } from '../../../src/projections/rebuild/interrupted-rebuilds.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/**
 * A rebuild whose process is SIGKILLed mid-replay: the next start finds its job 'running' with
 * nobody running it and its fresh generation half-built, and cleans both up.
 */
const root = new URL('../../../', import.meta.url).pathname;

// A rebuild of the facts projection, as the CLI runs it, whose second page never arrives:
// it is mid-replay (job row and read_facts__next written) when it is killed.
const STUCK_REBUILD = `
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPostgresEventStore } from './dist/src/event-store/postgres/postgres-event-store.js';
import { PROJECTIONS } from './dist/src/projections/projections.js';
import { acquireRebuildLock } from './dist/src/projections/rebuild/rebuild.js';
import { insertJob } from './dist/src/projections/rebuild/rebuild-job-store.js';
import { runRecordedRebuild } from './dist/src/projections/rebuild/recorded-rebuild.js';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const store = createPostgresEventStore(pool);
let pages = 0;
const stuck = { ...store, readAll: (options) => (pages++ === 0 ? store.readAll({ ...options, limit: 1 }) : new Promise(() => {})) };
const facts = PROJECTIONS.filter((p) => p.name === 'facts');
await acquireRebuildLock(pool, facts);
const job = await insertJob(pool, randomUUID(), ['facts']);
console.log('job ' + job.id);
void runRecordedRebuild(pool, stuck, job.id, facts);
`;

describe('a rebuild killed mid-job', () => {
  let db: TestDatabase;
  let t: TestApp | undefined;
  const schemaExists = async (name: string) =>
    (await db.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name])).rowCount === 1;

  beforeAll(async () => {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    db = await createTestDatabase();
    await runMigrations(db.pool, ALL_MIGRATIONS);
    await seedLedger(createPostgresEventStore(db.pool));
  }, 180_000);
  afterAll(async () => {
    if (t) await t.close();
    else await db.drop();
  });

  it('given its process was SIGKILLed, when the service starts, then the job is failed as interrupted and its schema dropped', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', STUCK_REBUILD], {
      cwd: root,
      env: { PATH: process.env.PATH!, DATABASE_URL: db.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (!(output.includes('job ') && (await schemaExists('read_facts__next')))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the rebuild did not get going: ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const jobId = /job (\S+)/.exec(output)![1]!;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const { rows } = await db.pool.query('SELECT status FROM projection_rebuild_jobs WHERE job_id = $1', [jobId]);
    expect(rows[0].status).toBe('running');

    t = await createTestApp({}, db);

    const job = (await t.http.get(`/projections/jobs/${jobId}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'failed', error: INTERRUPTED, finishedAt: expect.any(String) });
    expect(await schemaExists('read_facts__next')).toBe(false);
    expect(await schemaExists('read_facts')).toBe(true);

    // The projection can be rebuilt again.
    const started = await t.http.post('/projections/facts/rebuild').set('Authorization', t.auth).expect(202);
    let again = started.body;
    for (let i = 0; i < 400 && again.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      again = (await t.http.get(`/projections/jobs/${again.id}`).expect(200)).body;
    }
    expect(again.status).toBe('succeeded');
  });
});
