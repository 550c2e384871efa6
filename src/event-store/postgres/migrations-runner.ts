import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Migration } from '../migration.js';

export class MigrationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

// One key for every module's migrations: modules run one combined list, and two services
// starting at once must not interleave their DDL.
const MIGRATION_LOCK_KEY = 7_141_905_238_112_001n;

const LEDGER_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in list order, each in its
 * own transaction, under a session advisory lock so that concurrent starts apply each one
 * exactly once. Returns the ids applied by this call.
 *
 * A recorded migration whose SQL has since changed is refused: the database would silently
 * differ from what the code describes.
 */
export async function runMigrations(pool: pg.Pool, migrations: readonly Migration[]): Promise<string[]> {
  assertUniqueIds(migrations);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(client, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A failed connection must not go back to the pool still holding the lock.
    client.release(broken);
  }
}

async function applyPending(client: pg.PoolClient, migrations: readonly Migration[]): Promise<string[]> {
  await client.query(LEDGER_TABLE);
  const { rows } = await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
  const recorded = new Map(rows.map((row) => [row.id, row.checksum]));
  const applied: string[] = [];
  for (const migration of migrations) {
    const checksum = checksumOf(migration);
    const previous = recorded.get(migration.id);
    if (previous === checksum) continue;
    if (previous !== undefined) {
      throw new MigrationError(`Migration ${migration.id} was changed after it was applied; add a new migration instead`);
    }
    await applyOne(client, migration, checksum);
    applied.push(migration.id);
  }
  return applied;
}

async function applyOne(client: pg.PoolClient, migration: Migration, checksum: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [migration.id, checksum]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new MigrationError(
      `Migration ${migration.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

function assertUniqueIds(migrations: readonly Migration[]): void {
  const seen = new Set<string>();
  for (const { id } of migrations) {
    if (seen.has(id)) throw new MigrationError(`Migration ${id} is listed twice`);
    seen.add(id);
  }
}
