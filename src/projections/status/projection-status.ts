import type pg from 'pg';
import type { EventStore } from '../../event-store/event-store.port.js';
import { type RebuildJob, recentJobs } from '../rebuild/rebuild-job-store.js';
import { readCheckpoint } from '../runner/checkpoint.js';
import { liveSchema } from '../runner/generation.js';
import type { Projection } from '../runner/projection.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: { readonly globalPosition: string; readonly transactionId: string; readonly updatedAt: string };
  /** True when no readable event lies after the checkpoint. */
  readonly caughtUp: boolean;
  /**
   * Positions between the checkpoint and the head: an estimate of the events still to apply
   * (positions commit out of order and have gaps); 0 exactly when caught up.
   */
  readonly lag: number;
  /** The newest rebuild job touching this projection, if any. */
  readonly rebuild: RebuildJob | null;
}

export interface ProjectionsOverview {
  readonly headPosition: string;
  readonly projections: readonly ProjectionStatus[];
  readonly jobs: readonly RebuildJob[];
}

export async function projectionsOverview(
  pool: pg.Pool,
  store: EventStore,
  projections: readonly Projection[],
): Promise<ProjectionsOverview> {
  const [head, jobs] = await Promise.all([store.headPosition(), recentJobs(pool)]);
  const statuses = await Promise.all(
    projections.map(async (projection): Promise<ProjectionStatus> => {
      const checkpoint = await readCheckpoint(pool, liveSchema(projection));
      const { events } = await store.readAll({ after: checkpoint, limit: 1 });
      const behind = head - checkpoint.globalPosition;
      return {
        name: projection.name,
        checkpoint: {
          globalPosition: checkpoint.globalPosition.toString(),
          transactionId: checkpoint.transactionId.toString(),
          updatedAt: checkpoint.updatedAt.toISOString(),
        },
        caughtUp: events.length === 0,
        lag: events.length === 0 ? 0 : Math.max(Number(behind), 1),
        rebuild: jobs.find((job) => job.projections.includes(projection.name)) ?? null,
      };
    }),
  );
  return { headPosition: head.toString(), projections: statuses, jobs };
}
