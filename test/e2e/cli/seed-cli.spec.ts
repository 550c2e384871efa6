import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventStoreMigrations } from '../../../src/event-store/postgres/event-store-migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import { seedLedger } from '../../../src/ingestion/seeding/seed-ledger.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

const root = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

describe('npm run seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    db = await createTestDatabase(2);
  }, 180_000);
  afterAll(() => db.drop());

  const seed = () =>
    run(process.execPath, ['dist/src/cli/seed.js'], { cwd: root, env: { ...process.env, DATABASE_URL: db.url } });

  it('given an empty database, when seeded twice, then the first run writes the seeds and the second nothing', async () => {
    const first = await seed();
    expect(first.stdout).toContain('Seeded: 38 events appended.');
    const second = await seed();
    expect(second.stdout).toContain('Nothing to do: every seed document is already in the ledger.');
    const { rows } = await db.pool.query('select count(*)::int as n from events');
    expect(rows[0].n).toBe(38);
  });

  it('given an unreachable database, when seeded, then one line on stderr and exit code 1', async () => {
    const failed = await run(process.execPath, ['dist/src/cli/seed.js'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/^seed: .*ECONNREFUSED/);
  });

  it('given a curated quote that is not in its document, when seeding, then it stops naming the fact and writes nothing', async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'newsledger-seeds-'));
    const target = await createTestDatabase(2);
    try {
      await cp(join(root, 'seeds'), seeds, { recursive: true });
      const file = join(seeds, 'facts', 'fact-consulate-closed-usa-rus-2017-08.json');
      const record = JSON.parse(await readFile(file, 'utf8'));
      record.reports[0].quote = 'The US ordered the consulate in Boston closed.';
      await writeFile(file, JSON.stringify(record));

      const store = createPostgresEventStore(target.pool);
      await runMigrations(target.pool, eventStoreMigrations);
      await expect(seedLedger(store, seeds)).rejects.toThrow(/fact-consulate-closed-usa-rus-2017-08.*not in the document/s);
      const { rows } = await target.pool.query('select count(*)::int as n from events');
      expect(rows[0].n).toBe(0);
    } finally {
      await target.drop();
      await rm(seeds, { recursive: true, force: true });
    }
  });
});
