import pg from 'pg';
import { LOG_START, type LogCursor } from '../event-store/event-store.port.js';

/** Where a relay resumes. An interface so tests can make the write fail after a produce. */
export interface RelayCheckpoints {
  load(relay: string): Promise<LogCursor>;
  /** How many events the relay published up to its checkpoint (0 without one). */
  published(relay: string): Promise<bigint>;
  /** `published`: the events up to and including `cursor`, each published at least once. */
  save(relay: string, cursor: LogCursor, published: bigint): Promise<void>;
  /** Back to the start of the log, for a broker that lost what was published. */
  restart(relay: string): Promise<void>;
}

export class PostgresRelayCheckpoints implements RelayCheckpoints {
  constructor(private readonly pool: pg.Pool) {}

  async load(relay: string): Promise<LogCursor> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      'SELECT transaction_id, global_position FROM publishing_checkpoints WHERE relay = $1',
      [relay],
    );
    const row = rows[0];
    return row ? { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) } : LOG_START;
  }

  async published(relay: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ published: string }>('SELECT published FROM publishing_checkpoints WHERE relay = $1', [relay]);
    return BigInt(rows[0]?.published ?? 0);
  }

  /** Never moves backwards, so a second relay lagging behind on the same name cannot rewind it. */
  async save(relay: string, cursor: LogCursor, published: bigint): Promise<void> {
    await this.pool.query(
      `INSERT INTO publishing_checkpoints AS c (relay, transaction_id, global_position, published)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (relay) DO UPDATE
         SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position,
             published = EXCLUDED.published, updated_at = now()
         WHERE (c.transaction_id, c.global_position) < (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
      [relay, cursor.transactionId.toString(), cursor.globalPosition.toString(), published.toString()],
    );
  }

  async restart(relay: string): Promise<void> {
    await this.pool.query('DELETE FROM publishing_checkpoints WHERE relay = $1', [relay]);
  }
}
