import type { Migration } from '../event-store/migration.js';
import { factsProjection } from './facts/facts.projection.js';
import { generationSql, liveSchema } from './runner/generation.js';
import type { Projection } from './runner/projection.js';
import { storiesProjection } from './stories/stories.projection.js';

/**
 * A read model's tables come from its own DDL, so this SQL changes with the code. Changing a
 * read model therefore means bumping its version here: the new id replaces the old one in this
 * list, drops the old generation and creates an empty one at position 0, which the runner
 * replays at start-up. Ids no longer listed are simply not checked again.
 */
const readModel = (id: string, projection: Projection): Migration => ({
  id,
  sql: `
    DROP SCHEMA IF EXISTS ${liveSchema(projection)} CASCADE;
    ${generationSql(projection, liveSchema(projection), { indexes: true })}
  `,
});

export const projectionMigrations: readonly Migration[] = [
  {
    id: 'projections/001-rebuild-jobs',
    sql: `
      CREATE TABLE projection_rebuild_jobs (
        job_id uuid PRIMARY KEY,
        projections text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
        phase text NOT NULL DEFAULT 'replaying',
        events_done bigint NOT NULL DEFAULT 0,
        events_total bigint NOT NULL DEFAULT 0,
        events_per_second double precision NOT NULL DEFAULT 0,
        eta_seconds double precision,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX projection_rebuild_jobs_recent ON projection_rebuild_jobs (started_at DESC);
    `,
  },
  readModel('projections/007-stories-v4', storiesProjection),
  readModel('projections/006-facts-v3', factsProjection),
];
