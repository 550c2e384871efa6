import type pg from 'pg';
import type { RebuildProgress } from './progress.js';

export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'abandoned';

/** A rebuild as GET /projections shows it, whichever process (API or CLI) runs it. */
export interface RebuildJob {
  readonly id: string;
  readonly projections: readonly string[];
  readonly status: JobStatus;
  readonly phase: RebuildProgress['phase'];
  readonly eventsDone: number;
  readonly eventsTotal: number;
  readonly eventsPerSecond: number;
  readonly etaSeconds: number | null;
  readonly error: string | null;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

// A running job reports at least this often; one silent for longer lost its process.
export const HEARTBEAT_MS = 5_000;
const ABANDONED_AFTER_MS = 6 * HEARTBEAT_MS;

interface JobRow {
  job_id: string;
  projections: string[];
  status: Exclude<JobStatus, 'abandoned'>;
  phase: RebuildProgress['phase'];
  events_done: string;
  events_total: string;
  events_per_second: number;
  eta_seconds: number | null;
  error: string | null;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  stale: boolean;
}

const COLUMNS = `job_id, projections, status, phase, events_done, events_total, events_per_second, eta_seconds, error,
  started_at, updated_at, finished_at, status = 'running' AND updated_at < now() - make_interval(secs => ${ABANDONED_AFTER_MS / 1000}) AS stale`;

const toJob = (row: JobRow): RebuildJob => ({
  id: row.job_id,
  projections: row.projections,
  status: row.stale ? 'abandoned' : row.status,
  phase: row.phase,
  eventsDone: Number(row.events_done),
  eventsTotal: Number(row.events_total),
  eventsPerSecond: Math.round(row.events_per_second),
  etaSeconds: row.eta_seconds === null ? null : Math.round(row.eta_seconds),
  error: row.error,
  startedAt: row.started_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  finishedAt: row.finished_at?.toISOString() ?? null,
});

export async function insertJob(pool: pg.Pool, id: string, projections: readonly string[]): Promise<RebuildJob> {
  const { rows } = await pool.query<JobRow>(
    `INSERT INTO projection_rebuild_jobs (job_id, projections, status) VALUES ($1, $2, 'running') RETURNING ${COLUMNS}`,
    [id, projections],
  );
  return toJob(rows[0]!);
}

export async function recordProgress(pool: pg.Pool, id: string, progress: RebuildProgress): Promise<void> {
  await pool.query(
    `UPDATE projection_rebuild_jobs
        SET phase = $2, events_done = $3, events_total = $4, events_per_second = $5, eta_seconds = $6, updated_at = now()
      WHERE job_id = $1`,
    [id, progress.phase, progress.done, progress.total, progress.eventsPerSecond, progress.etaSeconds],
  );
}

export async function finishJob(
  pool: pg.Pool,
  id: string,
  status: 'succeeded' | 'failed' | 'cancelled',
  error: string | null,
): Promise<void> {
  await pool.query(
    `UPDATE projection_rebuild_jobs
        SET status = $2, error = $3, eta_seconds = NULL, updated_at = now(), finished_at = now()
      WHERE job_id = $1`,
    [id, status, error],
  );
}

export async function findJob(pool: pg.Pool, id: string): Promise<RebuildJob | null> {
  const { rows } = await pool.query<JobRow>(`SELECT ${COLUMNS} FROM projection_rebuild_jobs WHERE job_id = $1`, [id]);
  return rows[0] ? toJob(rows[0]) : null;
}

export async function recentJobs(pool: pg.Pool, limit = 10): Promise<RebuildJob[]> {
  const { rows } = await pool.query<JobRow>(
    `SELECT ${COLUMNS} FROM projection_rebuild_jobs ORDER BY started_at DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toJob);
}
