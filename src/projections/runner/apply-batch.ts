import type pg from 'pg';
import type { LogCursor, StoredEvent } from '../../event-store/event-store.port.js';
import { cursorOf, isAfter, readCheckpoint, writeCheckpoint } from './checkpoint.js';
import type { Projection, ProjectionReplay } from './projection.js';

// Our own advisory-lock namespace, so keys never collide with other modules' locks.
const WRITE_LOCK_CLASS = 72_401;

/**
 * Serializes every write to a projection's live generation: live batches (from any process)
 * and a rebuild's swap. Held to the end of the caller's transaction.
 */
export async function lockProjectionWrites(client: pg.ClientBase, projection: Projection): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [WRITE_LOCK_CLASS, projection.name]);
}

/**
 * Applies a batch to the generation in `schema` and moves its checkpoint, inside the caller's
 * transaction. Events at or before the checkpoint are dropped first: that is what makes a
 * re-delivered event (a restarted subscription, a second runner, a swap that moved the
 * checkpoint ahead) a no-op. Returns how many events were new.
 */
export async function applyToGeneration(
  client: pg.ClientBase,
  projection: Projection,
  schema: string,
  events: readonly StoredEvent[],
  /** Where the batch's read ended, when it skipped events it did not return (a type-filtered page). */
  through?: LogCursor,
  /** A rebuild's bulk replay into a fresh generation, used instead of `projection.apply`. */
  replay?: ProjectionReplay,
): Promise<number> {
  const checkpoint = await readCheckpoint(client, schema);
  const fresh = events.filter((event) => isAfter(event, checkpoint));
  const last = fresh.at(-1);
  const end = through && isAfter(through, checkpoint) ? through : last && cursorOf(last);
  if (!end) return 0;
  const relevant = fresh.filter((event) => projection.eventTypes.has(event.type));
  if (relevant.length > 0) await (replay ? replay.apply(client, relevant) : projection.apply(client, schema, relevant));
  await writeCheckpoint(client, schema, end);
  return fresh.length;
}

/** One live batch: read model and checkpoint in one transaction, under the write lock. */
export async function applyLiveBatch(
  pool: pg.Pool,
  projection: Projection,
  schema: string,
  events: readonly StoredEvent[],
  /** Where the batch's read ended (a type-filtered page: past events it did not return). */
  through?: LogCursor,
): Promise<number> {
  return inTransaction(pool, async (client) => {
    await lockProjectionWrites(client, projection);
    return applyToGeneration(client, projection, schema, events, through);
  });
}

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
