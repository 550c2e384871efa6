import { embeddedUrl, liveOwner, startEmbeddedPostgres } from './embedded-postgres.js';
import type { Settings } from './settings.js';
import { assertDatabaseReachable } from './startup-errors.js';

export interface DatabaseConnection {
  readonly url: string;
  /** Stops the embedded server if this process started it. */
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded server: the one a running service already
 * owns (so `npm run seed` next to `npm start` shares its data), or a new one.
 */
export async function openDatabase(settings: Settings, log: (line: string) => void): Promise<DatabaseConnection> {
  if (settings.databaseUrl) {
    await assertDatabaseReachable(settings.databaseUrl);
    return { url: settings.databaseUrl, close: async () => undefined };
  }
  const owner = await liveOwner(settings.dataDir);
  if (owner !== null) {
    log(`Using the embedded PostgreSQL of the running service (pid ${owner}) on port ${settings.embeddedPgPort}`);
    return { url: embeddedUrl(settings.embeddedPgPort), close: async () => undefined };
  }
  log(`No DATABASE_URL: starting embedded PostgreSQL in ${settings.dataDir} on port ${settings.embeddedPgPort}`);
  const db = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.embeddedPgPort, supervise: log });
  let stopped = false;
  return {
    url: db.url,
    close: async () => {
      if (stopped) return;
      stopped = true;
      await db.stop();
    },
  };
}
