import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import type { Projection } from '../runner/projection.js';
import type { RebuildProgress } from './progress.js';
import { finishJob, HEARTBEAT_MS, insertJob, type RebuildJob, recordProgress } from './rebuild-job-store.js';
import { acquireRebuildLock, rebuildProjections } from './rebuild.js';

/**
 * Rebuilds started through the API run in the background of this process; their progress
 * goes to projection_rebuild_jobs, where GET /projections reads it (CLI rebuilds too).
 */
@Injectable()
export class RebuildJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Rebuild');
  private readonly running = new Map<string, { abort: AbortController; finished: Promise<void> }>();

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Throws RebuildInProgressError when one of the projections is already being rebuilt. */
  async start(projections: readonly Projection[]): Promise<RebuildJob> {
    const lock = await acquireRebuildLock(this.pool, projections);
    let job: RebuildJob;
    try {
      job = await insertJob(this.pool, randomUUID(), projections.map((p) => p.name));
    } catch (error) {
      await lock.release();
      throw error;
    }
    const abort = new AbortController();
    const finished = this.run(job.id, projections, abort.signal).finally(async () => {
      await lock.release();
      this.running.delete(job.id);
    });
    this.running.set(job.id, { abort, finished });
    return job;
  }

  private async run(jobId: string, projections: readonly Projection[], signal: AbortSignal): Promise<void> {
    let latest: RebuildProgress | null = null;
    let writing: Promise<void> = Promise.resolve();
    const save = (): void => {
      const progress = latest;
      if (progress) writing = writing.then(() => recordProgress(this.pool, jobId, progress)).catch(() => undefined);
    };
    // Index builds and the swap report nothing for a while; the heartbeat keeps the job alive.
    const heartbeat = setInterval(save, HEARTBEAT_MS);
    try {
      const result = await rebuildProjections(this.pool, this.store, projections, {
        signal,
        onProgress: (progress) => {
          latest = progress;
          save();
        },
      });
      await writing;
      await finishJob(this.pool, jobId, 'succeeded', null);
      this.logger.log(`Rebuilt ${projections.map((p) => p.name).join(', ')}: ${result.events} events in ${result.seconds.toFixed(1)} s`);
    } catch (error) {
      await writing;
      const cancelled = signal.aborted;
      const message = error instanceof Error ? error.message : String(error);
      await finishJob(this.pool, jobId, cancelled ? 'cancelled' : 'failed', cancelled ? 'The service shut down' : message).catch(
        () => undefined,
      );
      if (!cancelled) this.logger.error(`Rebuild ${jobId} failed: ${message}`);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) job.abort.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }
}
