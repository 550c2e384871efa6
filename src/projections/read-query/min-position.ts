import type pg from 'pg';
import type { EventStore } from '../../event-store/event-store.port.js';
import { isAfter, readCheckpoint } from '../runner/checkpoint.js';
import { liveSchema } from '../runner/generation.js';
import type { Projection } from '../runner/projection.js';

const POLL_MS = 20;

/**
 * Waits until every projection's live generation has applied the event at `position` (and so
 * everything committed before it), or `deadline` (epoch ms) passes. Position 0 is reached at once.
 * False when the deadline passed first. Positions not written yet are never reached.
 */
export async function waitForPosition(
  pool: pg.Pool,
  store: EventStore,
  projections: readonly Projection[],
  position: bigint,
  deadline: number,
): Promise<boolean> {
  if (position === 0n) return true;
  for (const projection of projections) {
    for (;;) {
      const [checkpoint, cursor] = await Promise.all([readCheckpoint(pool, liveSchema(projection)), store.cursorAt(position)]);
      if (cursor !== null && !isAfter(cursor, checkpoint)) break;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  return true;
}
