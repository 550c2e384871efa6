import { Controller, Get, HttpStatus, Inject, Logger, type OnApplicationShutdown, Optional, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { Request, Response } from 'express';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { ProjectionRunnerService } from '../../projections/projection-runner.service.js';
import { PROJECTIONS } from '../../projections/projections.js';
import { projectionsOverview } from '../../projections/status/projection-status.js';
import { type DependencyHealth, KAFKA_HEALTH } from '../../publishing/dependency-health.js';
import { ApiProblems } from '../openapi/problem-responses.js';
import { problem, sendProblem } from '../problem-details.filter.js';
import { DatabaseProbe } from './database-probe.js';
import { LivenessDto, ReadinessDto } from './health.dto.js';

const CHECK_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly logger = new Logger('Health');
  /** Checks last seen down, so a failure is logged once, not at every probe. */
  private readonly down = new Set<string>();
  private readonly database: DatabaseProbe;
  private readonly runner: ProjectionRunnerService | null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    moduleRef: ModuleRef,
    @Optional() @Inject(KAFKA_HEALTH) private readonly kafka?: DependencyHealth,
  ) {
    this.database = new DatabaseProbe(pool.options.connectionString!);
    // Only a process that runs the projections answers for them.
    this.runner = lookUp(moduleRef, ProjectionRunnerService);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process runs and answers, whatever its dependencies do' })
  @ApiOkResponse({ type: LivenessDto })
  live() {
    return this.health.check([]);
  }

  @Get(['', 'ready'])
  @ApiOperation({
    summary: 'Readiness: the database answers, the projections have caught up, and Kafka when KAFKA_BROKERS is set',
    description:
      'GET /health is the same. The projections are ready once they have applied the log as it stood when the service started; later lag under load does not make the service unready, it shows as `lag`. ' +
      'Why a check failed goes to the service log, not to the answer (it would name internal addresses).',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblems([503, 'Not ready: `checks` says which check is down; Retry-After'])
  async ready(@Req() request: Request, @Res() response: Response): Promise<void> {
    const checks: HealthIndicatorFunction[] = [
      () => this.attempt('database', () => this.database.check().then(() => undefined)),
    ];
    if (this.runner) checks.push(() => this.attempt('projections', () => this.projections(this.runner!)));
    if (this.kafka) {
      const kafka = this.kafka;
      checks.push(() =>
        this.attempt(kafka.name, async () => {
          const result = await kafka.check();
          if (!result.up) throw new Error(result.error ?? 'down');
        }),
      );
    }
    try {
      response.status(HttpStatus.OK).json(await this.health.check(checks));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as { details: Record<string, { status: string }> };
      const failing = Object.entries(result.details).filter(([, check]) => check.status === 'down').map(([name]) => name);
      sendProblem(response, { ...problem(HttpStatus.SERVICE_UNAVAILABLE, `Not ready: ${failing.join(', ')}`, request.originalUrl), checks: result.details });
    }
  }

  private async projections(runner: ProjectionRunnerService): Promise<Record<string, unknown>> {
    const [target, overview] = await Promise.all([runner.readyAt(), projectionsOverview(this.pool, this.store, PROJECTIONS)]);
    const projections = Object.fromEntries(overview.projections.map((p) => [p.name, { caughtUp: p.caughtUp, lag: p.lag }]));
    const behind = overview.projections.filter((p) => !p.caughtUp && BigInt(p.checkpoint.globalPosition) < target).map((p) => p.name);
    if (behind.length > 0) throw new ShownError(`catching up with the log: ${behind.join(', ')}`);
    return { projections };
  }

  /** Runs one check with a timeout; its error is logged once per outage and kept out of the answer. */
  private async attempt(name: string, check: () => Promise<Record<string, unknown> | void>) {
    const result = await this.indicators
      .check(name)
      .attempt(async () => {
        try {
          const data = await check();
          if (this.down.delete(name)) this.logger.log(`${name} is up again`);
          return data;
        } catch (error) {
          if (!this.down.has(name)) this.logger.warn(`${name} is down: ${(error as Error).message}`);
          this.down.add(name);
          throw error instanceof ShownError ? error : new Error('unreachable');
        }
      })
      .withTimeout(CHECK_TIMEOUT_MS);
    return result;
  }
}

/** A failure whose message may be shown in the answer: it names no internal address. */
class ShownError extends Error {}

function lookUp<T>(moduleRef: ModuleRef, type: new (...args: never[]) => T): T | null {
  try {
    return moduleRef.get(type, { strict: false });
  } catch {
    return null;
  }
}
