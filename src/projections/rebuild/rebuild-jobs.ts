import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { PROJECTIONS } from '../projections.js';
import type { Projection } from '../runner/projection.js';
import { recoverInterruptedRebuilds } from './interrupted-rebuilds.js';
import { insertJob, type RebuildJob } from './rebuild-job-store.js';
import { acquireRebuildLock } from './rebuild.js';
import { runRecordedRebuild } from './recorded-rebuild.js';

/**
 * Rebuilds started through the API run in the background of this process; their progress
 * goes to projection_rebuild_jobs, where GET /projections reads it (CLI rebuilds too). At
 * start, rebuilds a killed process left behind are finished and cleaned up.
 */
@Injectable()
export class RebuildJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Rebuild');
  private readonly running = new Map<string, { abort: AbortController; finished: Promise<void> }>();

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const { jobs, schemas } = await recoverInterruptedRebuilds(this.pool, PROJECTIONS);
      for (const job of jobs) this.logger.warn(`Rebuild job ${job.id} was interrupted by a stopped process; marked ${job.status}`);
      if (schemas.length > 0) this.logger.warn(`Dropped the leftovers of interrupted rebuilds: ${schemas.join(', ')}`);
    } catch (error) {
      this.logger.error(`Could not check for interrupted rebuilds: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

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
    const names = projections.map((p) => p.name).join(', ');
    try {
      const result = await runRecordedRebuild(this.pool, this.store, jobId, projections, { signal });
      this.logger.log(`Rebuilt ${names}: ${result.events} events in ${result.seconds.toFixed(1)} s`);
    } catch (error) {
      if (!signal.aborted) this.logger.error(`Rebuild of ${names} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) job.abort.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }
}
