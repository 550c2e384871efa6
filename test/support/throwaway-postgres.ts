import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isAlive, startEmbeddedPostgres } from '../../src/config/embedded-postgres.js';
import type { TestDatabase } from './database.js';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * A PostgreSQL cluster of a test's own, in a temp directory on a free port, for tests that
 * kill the database: the shared test servers are never stopped.
 */
export interface ThrowawayPostgres extends TestDatabase {
  /** SIGKILLs the postmaster, as a crash or an OOM kill would. */
  kill(): Promise<void>;
  /** Starts the cluster again on the same port and data. */
  restart(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  // mkdtemp makes a 0700 directory; the embedded server runs as the postgres user.
  const dataDir = await mkdtemp(join(tmpdir(), 'newsledger-throwaway-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  let server = await startEmbeddedPostgres({ dataDir, port });
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const postmasterPid = async () => Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  return {
    url: server.url,
    pool,
    async kill() {
      const pid = await postmasterPid();
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
    },
    async restart() {
      // Backends of a killed postmaster hold its shared memory for a moment after it died.
      for (let attempt = 1; ; attempt++) {
        try {
          server = await startEmbeddedPostgres({ dataDir, port });
          return;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    async drop() {
      await pool.end();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
