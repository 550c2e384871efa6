import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_EVENTS_APPENDED } from '../../support/seed-expectations.js';
import { buildService, freePort, startService, stopAllServices, waitUntilListening, waitUntilReady } from '../../support/service-process.js';

/**
 * The README's `npm start` path as a user gets it: the compiled service as its own process,
 * embedded PostgreSQL (no DATABASE_URL), signals, restarts and a crash.
 */
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

describe('the service process with embedded PostgreSQL', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    await buildService();
    // mkdtemp makes a 0700 directory; the embedded server runs as the postgres user.
    dataDir = await mkdtemp(join(tmpdir(), 'newsledger-service-'));
    await chmod(dataDir, 0o755);
    env = {
      PORT: String(await freePort()),
      NEWSLEDGER_EMBEDDED_PG_PORT: String(await freePort()),
      NEWSLEDGER_DATA_DIR: dataDir,
    };
  }, 180_000);

  afterEach(stopAllServices);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('given no DATABASE_URL, when started, then it seeds, serves, prints a token, and stops cleanly on SIGTERM', async () => {
    const service = startService(env);
    await waitUntilListening(service);
    expect(service.output()).toMatch(/generated a write token and stored it in \S+api-token: \S{20,}/);
    const health = await waitUntilReady(service.url);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, projections: { status: 'up' } } });
    const events = (await (await fetch(`${service.url}/events?limit=1000`)).json()) as { items: unknown[] };
    expect(events.items).toHaveLength(SEED_EVENTS_APPENDED);

    const postgres = await postmasterPid(dataDir);
    service.process.kill('SIGTERM');
    const exit = await service.exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(isAlive(postgres)).toBe(false);
  });

  it('given data from an earlier run, when restarted, then the ledger is kept and seeding writes nothing', async () => {
    const service = startService(env);
    await waitUntilListening(service);
    const events = (await (await fetch(`${service.url}/events?limit=1000`)).json()) as { items: unknown[] };
    expect(events.items).toHaveLength(SEED_EVENTS_APPENDED);
    expect(service.output()).toContain('Seed documents already in the ledger');
    service.process.kill('SIGINT');
    await service.exited;
  });

  it('given a SIGKILLed service left its postmaster running, when started again, then it recovers', async () => {
    const first = startService(env);
    await waitUntilListening(first);
    const orphan = await postmasterPid(dataDir);
    first.process.kill('SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true);

    const second = startService(env);
    await waitUntilListening(second);
    expect(isAlive(orphan)).toBe(false);
    expect((await waitUntilReady(second.url)).status).toBe(200);
    second.process.kill('SIGTERM');
    await second.exited;
  });

  it('given the embedded PostgreSQL is killed, when the service notices, then it lives, answers 503 and restarts the server', async () => {
    const service = startService(env);
    await waitUntilListening(service);
    const killed = await postmasterPid(dataDir);
    process.kill(killed, 'SIGKILL');
    while (isAlive(killed)) await new Promise((r) => setTimeout(r, 50));

    const down = await fetch(`${service.url}/stories`);
    expect([down.status, down.headers.get('retry-after')]).toEqual([503, expect.stringMatching(/^\d+$/)]);
    let health = 503;
    for (let attempt = 0; attempt < 600 && health !== 200; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      health = (await fetch(`${service.url}/health`)).status;
    }
    expect(health).toBe(200);
    expect(await postmasterPid(dataDir)).not.toBe(killed);
    expect(service.output()).toContain('Embedded PostgreSQL restarted');
    expect((await fetch(`${service.url}/stories`)).status).toBe(200);
    expect(service.process.exitCode).toBeNull();
    service.process.kill('SIGTERM');
    await service.exited;
  });

  it('given an invalid setting, when started, then it exits with one line naming the variable', async () => {
    const service = startService({ ...env, PORT: 'eighty' });
    const exit = await service.exited;
    expect(exit.code).toBe(2);
    expect(service.output().trim()).toBe('Invalid configuration: PORT must be a whole number from 0 to 65535, got "eighty"');
  });

  it('given the embedded port is taken, when started, then it says so and exits non-zero', async () => {
    const blocker = createServer().listen(Number(env.NEWSLEDGER_EMBEDDED_PG_PORT), '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const service = startService(env);
      const exit = await service.exited;
      expect(exit.code).toBe(1);
      expect(service.output()).toMatch(/Port \d+ is already in use.*NEWSLEDGER_EMBEDDED_PG_PORT/);
    } finally {
      blocker.close();
    }
  });
});
