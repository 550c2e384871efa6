import type pg from 'pg';
import { dropRetired, nextSchema } from '../runner/generation.js';
import type { Projection } from '../runner/projection.js';
import { acquireRebuildLock, RebuildInProgressError } from './rebuild.js';

export const INTERRUPTED = 'Interrupted: the process running this rebuild stopped before it finished; start it again';

export interface RecoveredRebuilds {
  /** Jobs found 'running' with nobody running them, now finished with their true outcome. */
  readonly jobs: readonly { id: string; status: 'succeeded' | 'failed' }[];
  /** Leftover generations dropped. */
  readonly schemas: readonly string[];
}

/**
 * A rebuild whose process was killed leaves its job 'running' and its `read_<name>__next`
 * (or, killed right after the swap, `__old`) schema behind. The rebuild lock of a projection
 * is held by whichever process rebuilds it, from before its job is inserted until after it is
 * finished, so a projection whose lock is free has no rebuild anywhere: its running jobs were
 * interrupted, and its leftovers can go. Locked projections are left alone.
 *
 * A job that had reached the swap and whose fresh generation is gone did swap (the swap
 * renames it in the same transaction that replaces the live one), so it succeeded.
 */
export async function recoverInterruptedRebuilds(pool: pg.Pool, projections: readonly Projection[]): Promise<RecoveredRebuilds> {
  const jobs: { id: string; status: 'succeeded' | 'failed' }[] = [];
  const schemas: string[] = [];
  for (const projection of projections) {
    let lock;
    try {
      lock = await acquireRebuildLock(pool, [projection]);
    } catch (error) {
      if (error instanceof RebuildInProgressError) continue;
      throw error;
    }
    try {
      const schema = nextSchema(projection);
      const { rows: leftovers } = await pool.query<{ exists: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists',
        [schema],
      );
      const { rows } = await pool.query<{ job_id: string; status: 'succeeded' | 'failed' }>(
        `UPDATE projection_rebuild_jobs
            SET status = CASE WHEN phase = 'swapping' AND NOT $2 THEN 'succeeded' ELSE 'failed' END,
                error = CASE WHEN phase = 'swapping' AND NOT $2 THEN NULL ELSE $3 END,
                eta_seconds = NULL, updated_at = now(), finished_at = now()
          WHERE status = 'running' AND $1 = ANY (projections)
      RETURNING job_id, status`,
        [projection.name, leftovers[0]!.exists, INTERRUPTED],
      );
      jobs.push(...rows.map((row) => ({ id: row.job_id, status: row.status })));
      if (leftovers[0]!.exists) {
        await pool.query(`DROP SCHEMA ${schema} CASCADE`);
        schemas.push(schema);
      }
      const client = await pool.connect();
      try {
        await dropRetired(client, projection);
      } finally {
        client.release();
      }
    } finally {
      await lock.release();
    }
  }
  return { jobs, schemas };
}
