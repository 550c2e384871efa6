import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The README's `npm start` path as a user gets it: the compiled service as its own process,
 * embedded PostgreSQL (no DATABASE_URL), signals, restarts and a crash.
 */
const root = new URL('../../../', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const running = new Set<ChildProcess>();

interface Service {
  readonly process: ChildProcess;
  readonly url: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startService(env: Record<string, string>): Service {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, url: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}

async function waitUntilListening(service: Service): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!service.output().includes('Listening on')) {
    if (service.process.exitCode !== null) throw new Error(`service exited early:\n${service.output()}`);
    if (Date.now() > deadline) throw new Error(`service did not start:\n${service.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

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
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    // mkdtemp makes a 0700 directory; the embedded server runs as the postgres user.
    dataDir = await mkdtemp(join(tmpdir(), 'newsledger-service-'));
    await chmod(dataDir, 0o755);
    env = {
      PORT: String(await freePort()),
      NEWSLEDGER_EMBEDDED_PG_PORT: String(await freePort()),
      NEWSLEDGER_DATA_DIR: dataDir,
    };
  }, 180_000);

  afterEach(async () => {
    // A failed assertion must not leave a service holding the ports for the next test.
    await Promise.all(
      [...running].map((child) => {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        return exited;
      }),
    );
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('given no DATABASE_URL, when started, then it seeds, serves, prints a token, and stops cleanly on SIGTERM', async () => {
    const service = startService(env);
    await waitUntilListening(service);
    expect(service.output()).toMatch(/generated one for this run: \S{20,}/);
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', dependencies: { database: { status: 'up' } } });
    const events = (await (await fetch(`${service.url}/events?limit=1000`)).json()) as { events: unknown[] };
    expect(events.events).toHaveLength(38);

    const postgres = await postmasterPid(dataDir);
    service.process.kill('SIGTERM');
    const exit = await service.exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(isAlive(postgres)).toBe(false);
  });

  it('given data from an earlier run, when restarted, then the ledger is kept and seeding writes nothing', async () => {
    const service = startService(env);
    await waitUntilListening(service);
    const events = (await (await fetch(`${service.url}/events?limit=1000`)).json()) as { events: unknown[] };
    expect(events.events).toHaveLength(38);
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
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    second.process.kill('SIGTERM');
    await second.exited;
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
