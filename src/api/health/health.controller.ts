import { Controller, Get, HttpStatus, Inject, Logger, type OnApplicationShutdown, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import { RETRY_AFTER_SECONDS } from '../problem-details.filter.js';
import { DatabaseProbe } from './database-probe.js';
import { type DependencyHealth, KAFKA_HEALTH } from '../../publishing/dependency-health.js';

const CHECK_TIMEOUT_MS = 2000;

interface DependencyStatus {
  status: 'up' | 'down';
  latencyMs: number;
}

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly logger = new Logger('Health');
  /** Dependencies last seen down, so a failure is logged once, not at every probe. */
  private readonly down = new Set<string>();
  private readonly database: DatabaseProbe;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Optional() @Inject(KAFKA_HEALTH) private readonly kafka?: DependencyHealth,
  ) {
    this.database = new DatabaseProbe(pool.options.connectionString!);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }

  @Get()
  @ApiOperation({
    summary: 'Readiness: the database and, when KAFKA_BROKERS is set, Kafka',
    description: 'Why a dependency is down goes to the service log, not to the answer (it would name internal addresses).',
  })
  @ApiResponse({ status: 200, description: 'Every dependency is up' })
  @ApiResponse({ status: 503, description: 'A dependency is down; the body says which; Retry-After is set' })
  async health(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, Promise<DependencyStatus>> = {
      database: this.probe('database', async () => {
        await this.database.check();
        return { up: true };
      }),
    };
    if (this.kafka) checks[this.kafka.name] = this.probe(this.kafka.name, () => this.kafka!.check());
    const dependencies = Object.fromEntries(
      await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await check] as const)),
    );
    const up = Object.values(dependencies).every((d) => d.status === 'up');
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (!up) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return { status: up ? 'ok' : 'unavailable', dependencies };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process runs and answers, whatever its dependencies do' })
  @ApiResponse({ status: 200, description: '{ status: "ok" }' })
  live() {
    return { status: 'ok' };
  }

  private async probe(name: string, check: () => Promise<{ up: boolean; error?: string }>): Promise<DependencyStatus> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let error: string | undefined;
    try {
      const result = await Promise.race([
        check(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
        }),
      ]);
      if (!result.up) error = result.error ?? 'down';
    } catch (failure) {
      error = (failure as Error).message;
    } finally {
      clearTimeout(timer);
    }
    const latencyMs = Math.round(performance.now() - started);
    if (error === undefined) {
      if (this.down.delete(name)) this.logger.log(`${name} is up again`);
      return { status: 'up', latencyMs };
    }
    if (!this.down.has(name)) this.logger.warn(`${name} is down: ${error}`);
    this.down.add(name);
    return { status: 'down', latencyMs };
  }
}
