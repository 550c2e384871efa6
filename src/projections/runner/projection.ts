import type pg from 'pg';
import type { StoredEvent } from '../../event-store/event-store.port.js';

/**
 * A read model fed by the global log. The runner owns transactions, checkpoints and schema
 * generations; a projection only says which tables it has and how a batch of events changes
 * them, always inside the schema it is handed (the live one, or a rebuild's fresh one).
 */
export interface Projection {
  /** Stable name: the API path segment (`/projections/stories/rebuild`) and the schema suffix. */
  readonly name: string;
  /** The event types it reads; the runner hands it nothing else. */
  readonly eventTypes: ReadonlySet<string>;
  /** Tables and primary keys: everything writes need. */
  tables(schema: string): string;
  /** Secondary indexes, which only reads need: a rebuild creates them after its bulk load. */
  indexes(schema: string): string;
  /**
   * Applies events (in log order, never empty) inside the caller's transaction. Must be
   * idempotent: the same event handed over twice leaves the same rows.
   */
  apply(client: pg.ClientBase, schema: string, events: readonly StoredEvent[]): Promise<void>;
  /**
   * Optional: a bulk way to fill a fresh generation in a rebuild's replay, which must leave
   * exactly the rows `apply` would. See ProjectionReplay.
   */
  replay?(schema: string): ProjectionReplay;
}

/**
 * One rebuild's replay into a fresh generation (`read_<name>__next`), which nothing but this
 * replay writes until the swap and which is dropped if the rebuild fails. It sees every event of
 * the log once, in log order, so it can keep state between batches (keys already written, folds)
 * instead of reading it back, and load rows with COPY instead of upserting them. `apply` runs in
 * each batch's transaction, which also moves the generation's checkpoint; `finish` runs once after
 * the last batch, in a transaction of its own, and writes whatever the replay held back. After
 * it, the rebuild goes on with the ordinary `apply` (final catch-up under the write lock).
 */
export interface ProjectionReplay {
  apply(client: pg.ClientBase, events: readonly StoredEvent[]): Promise<void>;
  finish(client: pg.ClientBase): Promise<void>;
  /** The tables `finish` writes; the others are indexed while it runs. */
  readonly heldBack?: readonly string[];
}
