import type pg from 'pg';
import type { EventStore, Subscription } from '../../event-store/event-store.port.js';
import { applyLiveBatch } from './apply-batch.js';
import { readCheckpoint } from './checkpoint.js';
import { waitForPosition } from '../read-query/min-position.js';
import { liveSchema } from './generation.js';
import type { Projection } from './projection.js';

export interface RunnerOptions {
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** Pause before resubscribing after a failed batch. */
  readonly retryDelayMs?: number;
  readonly onError?: (projection: string, error: unknown) => void;
}

/**
 * Keeps every live generation current: one store subscription per projection, starting at
 * its checkpoint (catch-up) and then following the log. Each projection is an independent
 * consumer, so one that fails on an event stalls only itself; it resubscribes from its
 * checkpoint after a pause and retries.
 */
export class ProjectionRunner {
  private readonly consumers: Consumer[];

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    options: RunnerOptions = {},
  ) {
    this.consumers = projections.map((projection) => new Consumer(pool, store, projection, options));
  }

  start(): void {
    for (const consumer of this.consumers) consumer.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  /**
   * Resolves once every projection has applied the events readable at the time of the call
   * and, when `position` is given, the event at that position: a writer that knows what it
   * appended waits for exactly that, even while an open transaction elsewhere still hides it
   * from readers. Tests and tools use it; the runner itself never waits.
   */
  async waitUntilCaughtUp(options: { position?: bigint; timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const target = options.position ?? (await this.store.headPosition());
    if (!(await waitForPosition(this.pool, this.store, this.projections, target, deadline))) {
      throw new Error(`The projections did not reach position ${target} in time`);
    }
  }
}

class Consumer {
  private stopping = false;
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: RunnerOptions,
  ) {}

  start(): void {
    this.stopping = false;
    this.loop ??= this.run().finally(() => {
      this.loop = null;
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.loop;
  }

  private async run(): Promise<void> {
    const schema = liveSchema(this.projection);
    while (!this.stopping) {
      let failure: unknown = null;
      try {
        const after = await readCheckpoint(this.pool, schema);
        if (this.stopping) break;
        this.subscription = this.store.subscribe({
          after,
          batchSize: this.options.batchSize ?? 500,
          pollIntervalMs: this.options.pollIntervalMs,
          // The other events (a document's whole text among them) are never fetched or decoded.
          types: this.projection.eventTypes,
          handler: async (events, through) => {
            await applyLiveBatch(this.pool, this.projection, schema, events, through);
          },
          onError: (error) => {
            failure = error;
          },
        });
        await this.subscription.done;
      } catch (error) {
        failure = error;
      }
      this.subscription = null;
      if (this.stopping) break;
      this.options.onError?.(this.projection.name, failure ?? new Error('subscription ended'));
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, this.options.retryDelayMs ?? 1000).unref();
      });
      this.wake = null;
    }
  }
}

