import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

/** The compiled service as its own process, the way `npm start` runs it. */
export const root = new URL('../../', import.meta.url).pathname;

/** Compiles dist/ when a source changed, as `npm start` does. */
export const buildService = () => promisify(execFile)(process.execPath, ['scripts/build-if-changed.mjs'], { cwd: root });

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface Service {
  readonly process: ChildProcess;
  readonly url: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

export function startService(env: Record<string, string>, script = 'dist/src/main.js'): Service {
  const child = spawn(process.execPath, [script], {
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

/** Waits for the "Listening on" line; returns the port it names (the bound one, also for PORT=0). */
export async function waitUntilListening(service: Service): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const listening = /Listening on http:\/\/[^:]+:(\d+)/.exec(service.output());
    if (listening) return Number(listening[1]);
    if (service.process.exitCode !== null) throw new Error(`service exited early:\n${service.output()}`);
    if (Date.now() > deadline) throw new Error(`service did not start:\n${service.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * GET /health until it answers 200: readiness waits for the projections to apply the log as
 * it stood at start-up (503 with Retry-After until then). Returns the last answer.
 */
export async function waitUntilReady(url: string, timeoutMs = 30_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await fetch(`${url}/health`);
    if (health.status !== 503 || Date.now() > deadline) return health;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** For afterEach: a failed assertion must not leave a service holding ports for the next test. */
export async function stopAllServices(): Promise<void> {
  await Promise.all(
    [...running].map((child) => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      return exited;
    }),
  );
}
