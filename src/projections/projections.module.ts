import { Module } from '@nestjs/common';
import { ProjectionRunnerService } from './projection-runner.service.js';
import { RebuildJobs } from './rebuild/rebuild-jobs.js';
import { ProjectionLagMetric } from './status/projection-lag.metric.js';

/**
 * The read models' write side: the runner and rebuild jobs. Needs PG_POOL and EVENT_STORE
 * (global), and `projectionMigrations` applied with the others.
 */
@Module({
  providers: [ProjectionRunnerService, RebuildJobs, ProjectionLagMetric],
  exports: [ProjectionRunnerService, RebuildJobs],
})
export class ProjectionsModule {}
