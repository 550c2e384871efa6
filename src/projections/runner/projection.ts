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
}
