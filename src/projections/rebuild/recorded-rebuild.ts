import type pg from 'pg';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import type { RebuildProgress } from './progress.js';
import { finishJob, HEARTBEAT_MS, recordProgress } from './rebuild-job-store.js';
import { rebuildProjections, type RebuildResult } from './rebuild.js';

/**
 * A rebuild that keeps its job row current, so GET /projections shows its progress whichever
 * process runs it. The caller holds the rebuild lock and has inserted the job.
 */
export async function runRecordedRebuild(
  pool: pg.Pool,
  store: EventStore,
  jobId: string,
  projections: readonly Projection[],
  options: { signal?: AbortSignal; onProgress?: (progress: RebuildProgress) => void } = {},
): Promise<RebuildResult> {
  let latest: RebuildProgress | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = (): void => {
    const progress = latest;
    if (progress) writing = writing.then(() => recordProgress(pool, jobId, progress)).catch(() => undefined);
  };
  // Index builds and the swap report nothing for a while; the heartbeat keeps the job alive.
  const heartbeat = setInterval(save, HEARTBEAT_MS);
  try {
    const result = await rebuildProjections(pool, store, projections, {
      signal: options.signal,
      onProgress: (progress) => {
        latest = progress;
        save();
        options.onProgress?.(progress);
      },
    });
    await writing;
    await finishJob(pool, jobId, 'succeeded', null);
    return result;
  } catch (error) {
    await writing;
    const cancelled = options.signal?.aborted ?? false;
    const message = error instanceof Error ? error.message : String(error);
    await finishJob(pool, jobId, cancelled ? 'cancelled' : 'failed', cancelled ? 'Cancelled' : message).catch(() => undefined);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}
