import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { newsDocuments } from '../../../bench/support/news-corpus.js';
import { ALL_MIGRATIONS } from '../../../src/migrations.js';
import { runMigrations } from '../../../src/event-store/postgres/migrations-runner.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

const root = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

interface Finished {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run import` as a user runs it, from the build; never throws on a non-zero exit. */
function importCli(url: string, args: readonly string[], stdin?: string): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/src/cli/import.js'), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function put(dir: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

const count = async (db: TestDatabase, where = 'true'): Promise<number> =>
  (await db.pool.query(`select count(*)::int as n from events where ${where}`)).rows[0].n;

/**
 * What an import put in the ledger, independent of the order documents arrived in: each
 * document stream with its events, each story stream with its events, and every fact report by
 * where it was read (document, offsets). Today an undated report joins the one fact it agrees
 * with when it arrives, so WHICH fact stream holds a report may depend on arrival order (issue 13).
 */
async function ledger(db: TestDatabase) {
  const streams = (prefix: string) =>
    db.pool
      .query(`select stream_id, count(*)::int as n from events where stream_id like $1 group by stream_id order by stream_id`, [`${prefix}%`])
      .then((r) => r.rows.map((row) => `${row.stream_id} ${row.n}`));
  const reports = await db.pool.query(
    `select data->'provenance'->>'documentId' || ' ' || (data->'provenance'->>'start') || '-' || (data->'provenance'->>'end') as report
       from events where stream_id like 'fact-%' order by 1`,
  );
  return { documents: await streams('doc-'), stories: await streams('story-'), reports: reports.rows.map((r) => r.report) };
}

const readReport = async (path: string) =>
  (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { source: string; code: string; parseError?: string });

describe('npm run import', () => {
  let work: string;
  beforeAll(async () => {
    await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    work = await mkdtemp(join(tmpdir(), 'newsledger-import-'));
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  describe('a directory of mixed files', () => {
    let db: TestDatabase;
    let tree: string;
    let report: string;
    beforeAll(async () => {
      db = await createTestDatabase(2);
      tree = join(work, 'mixed');
      report = join(work, 'mixed-report.ndjson');
      await cp(join(root, 'seeds/documents'), join(tree, 'seeds'), { recursive: true });
      await put(tree, 'articles/lisbon.txt', 'date 2019-05-02\nPortugal and Spain signed a water-sharing accord in Lisbon on Thursday.\n');
      await put(
        tree,
        'articles/museum.json',
        JSON.stringify({ text: 'A museum in Porto reopened after a two-year renovation, its director said.', url: 'https://example.org/porto' }),
      );
      await put(
        tree,
        'articles/harbour.html',
        '<!doctype html><html><head><title>Harbour works</title></head><body><article><p>Work on the harbour wall in Valletta began on Monday and will last into the spring, the port authority said.</p></article></body></html>',
      );
      await put(tree, 'articles/notes.pdf', '%PDF-1.4 not imported');
      await put(tree, '.cache/hidden.md', 'A hidden file the walk passes over.');
      await put(tree, 'bad/binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      await put(tree, 'bad/empty.txt', '');
      await put(tree, 'bad/huge.txt', Buffer.alloc(10 * 1024 * 1024, 'news '));
      await put(tree, 'bad/latin1.txt', Buffer.from('Caf\xe9 owners in Li\xe8ge protested on Monday.', 'latin1'));
      await put(
        tree,
        'bad/many-items.md',
        [
          '### [2019-05-03](/news/2019/05/3/index.md)',
          '',
          '# A headline over ten thousand sources',
          '',
          '### Sources:',
          '',
          ...Array.from({ length: 10_000 }, (_, i) => `1. [Outlet ${i}](https://example.org/${i})`),
        ].join('\n'),
      );
    });
    afterAll(() => db.drop());

    it('given good and bad files, when imported, then the good ones are ingested, each bad one is in the report with its reason, and it exits 0', async () => {
      const result = await importCli(db.url, ['--report', report, tree]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('Imported 12 documents: 7 new, 0 already ingested, 5 rejected');
      expect(result.stdout).toContain(`Rejections are listed in ${report}`);

      const rejected = await readReport(report);
      expect(rejected.map((r) => [r.source.slice(tree.length + 1), r.code, r.parseError]).sort()).toEqual([
        ['bad/binary.md', 'BINARY_CONTENT', undefined],
        ['bad/empty.txt', 'PARSE_ERROR', 'EMPTY_DOCUMENT'],
        ['bad/huge.txt', 'DOCUMENT_TOO_LARGE', undefined],
        ['bad/latin1.txt', 'INVALID_ENCODING', undefined],
        ['bad/many-items.md', 'PARSE_ERROR', 'TOO_MANY_ITEMS'],
      ]);
      // Nothing of a rejected file was written: only the seven documents' streams exist.
      expect(await count(db, `type = 'DocumentIngested'`)).toBe(7);
      expect(await count(db, `type like 'Story%' and data::text like '%ten thousand%'`)).toBe(0);
    });

    it('given the same directory again, when imported, then nothing is written', async () => {
      const before = await count(db);
      const result = await importCli(db.url, ['--report', report, tree]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('7 already ingested, 5 rejected, 0 events written');
      expect(await count(db)).toBe(before);
    });

    it('given NDJSON on stdin, when imported with -, then good lines are ingested and bad lines reported by line number', async () => {
      const lines = [
        JSON.stringify({ text: 'Farmers in Cork held a protest about milk prices on Friday.', publisher: 'Example Wire' }),
        'not json',
        JSON.stringify({ text: 'A line with a field the API does not take.', author: 'someone' }),
        JSON.stringify({ text: 'A line with a date that is not one.', publishedAt: 'yesterday' }),
      ];
      const result = await importCli(db.url, ['--report', report, '-'], `${lines.join('\n')}\n`);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Imported 4 documents: 1 new, 0 already ingested, 3 rejected');
      const rejected = await readReport(report);
      expect(rejected.map((r) => [r.source, r.code])).toEqual([
        ['stdin:2', 'INVALID_LINE'],
        ['stdin:3', 'INVALID_LINE'],
        ['stdin:4', 'INVALID_LINE'],
      ]);
    });
  });

  it('given an import killed midway, when run again, then it ends in the same ledger as an uninterrupted import', async () => {
    const tree = join(work, 'generated');
    let i = 0;
    for (const text of newsDocuments(300, { seed: 11 })) await put(tree, `day-${Math.floor(i / 50)}/${String(i++).padStart(4, '0')}.txt`, text);
    const [interrupted, straight] = [await createTestDatabase(2), await createTestDatabase(2)];
    try {
      await runMigrations(interrupted.pool, ALL_MIGRATIONS);
      const child = spawn(process.execPath, [join(root, 'dist/src/cli/import.js'), '--report', join(work, 'killed.ndjson'), tree], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: interrupted.url },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
      while ((await count(interrupted, `type = 'DocumentIngested'`)) < 40) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const partial = await count(interrupted, `type = 'DocumentIngested'`);
      expect(partial).toBeLessThan(300);

      const resumed = await importCli(interrupted.url, ['--report', join(work, 'resumed.ndjson'), tree]);
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toContain(`${300 - partial} new, ${partial} already ingested, 0 rejected`);
      expect((await importCli(straight.url, ['--report', join(work, 'straight.ndjson'), tree])).code).toBe(0);

      const [a, b] = [await ledger(interrupted), await ledger(straight)];
      expect(a.documents).toHaveLength(300);
      expect(a.documents.every((line) => line.endsWith(' 1'))).toBe(true);
      expect(a.reports.length).toBeGreaterThan(300);
      expect(a).toEqual(b);
    } finally {
      await interrupted.drop();
      await straight.drop();
    }
  }, 600_000);

  it('given an unreachable database, when importing, then one line on stderr and exit code 1', async () => {
    const result = await importCli('postgres://nobody@127.0.0.1:1/none', ['--report', join(work, 'none.ndjson'), join(root, 'seeds')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^import: .*ECONNREFUSED.*\n$/);
  });

  it('given no paths, when run, then the usage and exit code 1', async () => {
    const result = await importCli('postgres://nobody@127.0.0.1:1/none', []);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('usage: npm run import') });
  });
});
