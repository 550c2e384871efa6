import { Controller, Get, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import pg from 'pg';
import { PG_POOL } from '../../config/database.tokens.js';
import { type DependencyHealth, KAFKA_HEALTH } from '../../publishing/dependency-health.js';

const CHECK_TIMEOUT_MS = 2000;

interface DependencyStatus {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Optional() @Inject(KAFKA_HEALTH) private readonly kafka?: DependencyHealth,
  ) {}

  @Get()
  @ApiOperation({ summary: 'State of the database and, when KAFKA_BROKERS is set, of Kafka' })
  @ApiResponse({ status: 200, description: 'Every dependency is up' })
  @ApiResponse({ status: 503, description: 'A dependency is down; the body says which' })
  async health(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, Promise<DependencyStatus>> = {
      database: probe(async () => {
        await this.pool.query('select 1');
        return { up: true };
      }),
    };
    if (this.kafka) checks[this.kafka.name] = probe(() => this.kafka!.check());
    const dependencies = Object.fromEntries(
      await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await check] as const)),
    );
    const up = Object.values(dependencies).every((d) => d.status === 'up');
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'unavailable', dependencies };
  }
}

async function probe(check: () => Promise<{ up: boolean; error?: string }>): Promise<DependencyStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return result.up ? { status: 'up', latencyMs } : { status: 'down', latencyMs, error: result.error };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
