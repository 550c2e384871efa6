import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  readonly url: string;
  readonly pool: pg.Pool;
  /** Ends the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh database next to `adminUrl`'s, so a benchmark never touches anyone's data. */
export async function createScratchDatabase(adminUrl: string, poolSize: number): Promise<ScratchDatabase> {
  const database = `nl_bench_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: poolSize });
  // The database is force-dropped at the end while the ended pool may still be closing its
  // last connections; those report being terminated, which is no news then.
  pool.on('error', (error) => {
    if (!pool.ending) console.error('idle connection failed:', error);
  });
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
