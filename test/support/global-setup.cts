// CommonJS on purpose: jest loads global setup through require(), without the ESM
// moduleNameMapper, so the extensionless import below is what resolves to the .ts source.
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../src/config/embedded-postgres';

/**
 * With DATABASE_URL set (CI) the tests use that server. Without it they start the same
 * embedded PostgreSQL the service uses, so `npm test` works on a machine with only Node.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const db = await startEmbeddedPostgres({
    dataDir: resolve(process.env.NEWSLEDGER_TEST_DATA_DIR ?? '.data/test-postgres'),
    port: Number(process.env.NEWSLEDGER_TEST_PG_PORT ?? 54330),
  });
  process.env.DATABASE_URL = db.url;
  (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres = db;
}
