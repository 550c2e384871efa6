import type pg from 'pg';
import { type EventStore, LOG_START, type LogCursor, type ReadAllPage } from '../../event-store/event-store.port.js';
import { applyToGeneration, inTransaction, lockProjectionWrites } from '../runner/apply-batch.js';
import { createGeneration, dropRetired, indexAndAnalyze, nextSchema, setLogged, swapGenerations } from '../runner/generation.js';
import type { Projection } from '../runner/projection.js';
import { progressOf, type RebuildProgress } from './progress.js';

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Milliseconds between progress reports during the replay. */
  readonly progressIntervalMs?: number;
  readonly signal?: AbortSignal;
}

export interface RebuildResult {
  readonly events: number;
  readonly seconds: number;
}

export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`A rebuild of ${projection} is already running`);
    this.name = 'RebuildInProgressError';
  }
}

const REBUILD_LOCK_CLASS = 72_402;

/** Held for a whole rebuild, across processes: the CLI and the API never rebuild one projection twice at once. */
export interface RebuildLock {
  release(): Promise<void>;
}

export async function acquireRebuildLock(pool: pg.Pool, projections: readonly Projection[]): Promise<RebuildLock> {
  const client = await pool.connect();
  const held: string[] = [];
  const release = async (): Promise<void> => {
    try {
      for (const name of held) await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [REBUILD_LOCK_CLASS, name]);
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : new Error(String(error)));
    }
  };
  try {
    for (const { name } of projections) {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [
        REBUILD_LOCK_CLASS,
        name,
      ]);
      if (!rows[0]?.locked) throw new RebuildInProgressError(name);
      held.push(name);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return { release };
}

/**
 * Replays the whole log into fresh generations of `projections` while the live ones keep
 * serving (and keep following the log), then swaps them in. The caller holds the rebuild lock.
 *
 * One pass over the log feeds every projection: per batch, each projection writes in its own
 * transaction on its own connection, in parallel, while the next page is read, through the
 * projection's bulk replay where it has one (COPY, state kept between batches: see
 * ProjectionReplay). Fresh generations are unindexed during the replay (see createGeneration),
 * and commit asynchronously: a crash loses only a rebuild, which starts over.
 * The final catch-up and the swap run in one transaction under each projection's write lock,
 * so no live batch lands in between.
 */
export async function rebuildProjections(
  pool: pg.Pool,
  store: EventStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const batchSize = options.batchSize ?? 10_000;
  const started = Date.now();
  const ordered = [...projections].sort((a, b) => a.name.localeCompare(b.name));
  // Only what the rebuilt projections consume is fetched: documents' full text is not.
  const types = new Set(ordered.flatMap((projection) => [...projection.eventTypes]));
  let done = 0;
  // The first page is read while the head is asked for and the fresh generations are created.
  let next = prefetch(store, LOG_START, batchSize, types);
  let total = 0;
  const report = (phase: RebuildProgress['phase']): void =>
    options.onProgress?.(progressOf(phase, done, total, Date.now() - started));

  await Promise.all([
    store.headPosition().then((head) => (total = Number(head))),
    inTransaction(pool, async (client) => {
      for (const projection of ordered) await createGeneration(client, projection, nextSchema(projection));
    }),
  ]);
  // Bulk replays (COPY, state kept between batches) where the projection has one.
  const replays = new Map(ordered.map((projection) => [projection, projection.replay?.(nextSchema(projection))]));
  try {
    let cursor: LogCursor = LOG_START;
    let lastReport = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      const page = await next;
      if (page.scanned === 0) break;
      next = prefetch(store, page.next, batchSize, types);
      // Generations are independent: each projection writes on its own connection, in parallel.
      await Promise.all(
        ordered.map((projection) =>
          inTransaction(pool, async (client) => {
            await client.query('SET LOCAL synchronous_commit = off');
            await applyToGeneration(client, projection, nextSchema(projection), page.events, page.next, replays.get(projection));
          }),
        ),
      );
      cursor = page.next;
      done += page.scanned;
      if (Date.now() - lastReport >= (options.progressIntervalMs ?? 500)) {
        lastReport = Date.now();
        total = Math.max(total, Number(await store.headPosition()));
        report('replaying');
      }
    }

    report('indexing');
    // Each table is indexed as soon as its rows are all in: most while the replays' `finish`
    // writes the tables it held back.
    await Promise.all(
      ordered.map(async (projection) => {
        const schema = nextSchema(projection);
        const replay = replays.get(projection);
        if (!replay) {
          await inTransaction(pool, (client) => setLogged(client, schema));
          return indexAndAnalyze(pool, projection, schema);
        }
        // A replayed generation was logged from the start (see createGeneration).
        const heldBack = new Set(replay.heldBack);
        await Promise.all([
          indexAndAnalyze(pool, projection, schema, (table) => !heldBack.has(table)),
          inTransaction(pool, async (client) => {
            await client.query('SET LOCAL synchronous_commit = off');
            await replay.finish(client);
          }),
        ]);
        if (heldBack.size > 0) await indexAndAnalyze(pool, projection, schema, (table) => heldBack.has(table));
      }),
    );

    report('swapping');
    await inTransaction(pool, async (client) => {
      for (const projection of ordered) await lockProjectionWrites(client, projection);
      for (;;) {
        const page = await store.readAll({ after: cursor, limit: batchSize, types });
        if (page.scanned === 0) break;
        for (const projection of ordered) {
          await applyToGeneration(client, projection, nextSchema(projection), page.events, page.next);
        }
        cursor = page.next;
        done += page.scanned;
      }
      for (const projection of ordered) await swapGenerations(client, projection);
    });
  } catch (error) {
    await inTransaction(pool, async (client) => {
      for (const projection of ordered) await client.query(`DROP SCHEMA IF EXISTS ${nextSchema(projection)} CASCADE`);
    }).catch(() => undefined);
    throw error;
  }
  const client = await pool.connect();
  try {
    for (const projection of ordered) await dropRetired(client, projection);
  } finally {
    client.release();
  }
  // The head position overstates the count (positions have gaps); at the end the count is known.
  total = done;
  report('done');
  return { events: done, seconds: (Date.now() - started) / 1000 };
}

/** A read that may fail before it is awaited must not count as an unhandled rejection. */
function prefetch(store: EventStore, after: LogCursor, limit: number, types: ReadonlySet<string>): Promise<ReadAllPage> {
  const page = store.readAll({ after, limit, types });
  page.catch(() => undefined);
  return page;
}

