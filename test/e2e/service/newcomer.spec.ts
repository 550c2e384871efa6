import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildService, freePort, startService, stopAllServices, waitUntilListening, waitUntilReady } from '../../support/service-process.js';

/**
 * The first hour of a new user (issue 16): `npm start` on a fresh data directory, the token
 * from its file, a restart, and the mistakes a newcomer makes, each answered in one line.
 */
const DOCUMENT = { text: 'date 2021-04-17\nThe Czech Republic expelled 18 Russian diplomats on Saturday.' };

const ingest = (port: number, token: string, text = DOCUMENT.text) =>
  fetch(`http://127.0.0.1:${port}/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });

const lines = (output: string) => output.trim().split('\n');

describe('a newcomer running the service', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    await buildService();
    dataDir = await mkdtemp(join(tmpdir(), 'newsledger-newcomer-'));
    // mkdtemp makes a 0700 directory; the embedded server runs as the postgres user.
    await chmod(dataDir, 0o755);
    env = {
      PORT: '0',
      NEWSLEDGER_EMBEDDED_PG_PORT: String(await freePort()),
      NEWSLEDGER_DATA_DIR: dataDir,
      NEWSLEDGER_SEED_ON_START: 'false',
    };
  }, 180_000);

  afterEach(stopAllServices);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  let token: string;

  it('given no token set and PORT=0, when started, then the token is in a 0600 file, writes need it, and the bound port is logged', async () => {
    const service = startService(env);
    const port = await waitUntilListening(service);
    expect(port).toBeGreaterThan(0);
    const file = join(dataDir, 'api-token');
    token = (await readFile(file, 'utf8')).trim();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(service.output()).toContain(`stored it in ${file}: ${token}`);

    expect((await ingest(port, token)).status).toBe(201);
    expect((await ingest(port, 'not-the-token-at-all')).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/events?limit=1`)).status).toBe(200);

    service.process.kill('SIGTERM');
    await service.exited;
  });

  it('given the first run, when restarted, then the same token works and the CLI prints it', async () => {
    const service = startService(env);
    const port = await waitUntilListening(service);
    expect(service.output()).not.toContain(token);
    expect((await ingest(port, token, `${DOCUMENT.text}\nIt was the largest expulsion since 2014.`)).status).toBe(201);

    const cli = startService({ NEWSLEDGER_DATA_DIR: dataDir }, 'dist/src/cli/token.js');
    expect((await cli.exited).code).toBe(0);
    expect(lines(cli.output())).toEqual([`From ${join(dataDir, 'api-token')}`, token]);

    service.process.kill('SIGTERM');
    await service.exited;
  });

  it('given a running instance, when a second starts on the same data directory and another port, then it is refused in one line', async () => {
    const first = startService(env);
    const port = await waitUntilListening(first);
    const second = startService({ ...env, PORT: String(await freePort()) });
    const exit = await second.exited;
    expect(exit.code).toBe(1);
    expect(lines(second.output())).toEqual([
      `Newsledger is already running as pid ${first.process.pid} on port ${port} with NEWSLEDGER_DATA_DIR=${dataDir}; stop it, or set NEWSLEDGER_DATA_DIR to another directory`,
    ]);
    expect((await waitUntilReady(`http://127.0.0.1:${port}`)).status).toBe(200);
    first.process.kill('SIGTERM');
    await first.exited;
  });

  it('given an unreachable DATABASE_URL, when started, then one line names the variable, hides the password, and the exit is non-zero', async () => {
    const url = `postgres://newcomer:hunter2-secret@127.0.0.1:${await freePort()}/news`;
    const service = startService({ ...env, DATABASE_URL: url });
    const exit = await service.exited;
    expect(exit.code).toBe(1);
    const output = lines(service.output());
    expect(output).toHaveLength(1);
    expect(output[0]).toContain(`DATABASE_URL (postgres://newcomer:***@127.0.0.1:${new URL(url).port}/news)`);
    expect(output[0]).not.toContain('hunter2-secret');
  });

  it('given PORT is taken, when started, then one line names PORT and the exit is non-zero', async () => {
    const blocker = createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const service = startService({ ...env, PORT: String(port) });
      const exit = await service.exited;
      expect(exit.code).toBe(1);
      expect(lines(service.output())).toEqual([
        `Port ${port} on 0.0.0.0 is already in use: set PORT to a free port (PORT=0 picks one), or stop the process using it`,
      ]);
    } finally {
      blocker.close();
    }
  });
});
