import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import pg from 'pg';
import { PG_POOL } from '../config/database.tokens.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { EVENT_STORE } from '../event-store/event-store.tokens.js';
import { PROJECTIONS } from './projections.js';
import { ProjectionRunner } from './runner/projection-runner.js';

/** Runs the projections for the life of the application: catch up at start, follow live, stop on shutdown. */
@Injectable()
export class ProjectionRunnerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runner: ProjectionRunner;
  /** The head of the log when the service started, once read: readiness waits for the projections to reach it. */
  private startHead: bigint | null = null;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.runner = new ProjectionRunner(pool, store, PROJECTIONS, {
      onError: (projection, error) =>
        this.logger.error(`Projection ${projection} stopped on an error and will retry: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
    // Best effort: with the database away at start, readiness reads the head itself later.
    this.store.headPosition().then(
      (head) => (this.startHead ??= head),
      () => undefined,
    );
  }

  /** The position the projections must have reached before the service is ready. */
  async readyAt(): Promise<bigint> {
    this.startHead ??= await this.store.headPosition();
    return this.startHead;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** For tests and tools that must read their own writes; see ProjectionRunner.waitUntilCaughtUp. */
  waitUntilCaughtUp(options?: { position?: bigint; timeoutMs?: number }): Promise<void> {
    return this.runner.waitUntilCaughtUp(options);
  }
}
