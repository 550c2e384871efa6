import pg from 'pg';
import { LOG_START, type LogCursor } from '../event-store/event-store.port.js';

/** Where a relay resumes. An interface so tests can make the write fail after a produce. */
export interface RelayCheckpoints {
  load(relay: string): Promise<LogCursor>;
  save(relay: string, cursor: LogCursor): Promise<void>;
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

  /** Never moves backwards, so a second relay lagging behind on the same name cannot rewind it. */
  async save(relay: string, cursor: LogCursor): Promise<void> {
    await this.pool.query(
      `INSERT INTO publishing_checkpoints AS c (relay, transaction_id, global_position)
       VALUES ($1, $2, $3)
       ON CONFLICT (relay) DO UPDATE
         SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()
         WHERE (c.transaction_id, c.global_position) < (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
      [relay, cursor.transactionId.toString(), cursor.globalPosition.toString()],
    );
  }
}
