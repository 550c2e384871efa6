import type pg from 'pg';
import type { LogCursor, StoredEvent } from '../../event-store/event-store.port.js';

/** Log order is (transactionId, globalPosition); see LogCursor. */
export function isAfter(event: Pick<StoredEvent, 'transactionId' | 'globalPosition'>, cursor: LogCursor): boolean {
  return (
    event.transactionId > cursor.transactionId ||
    (event.transactionId === cursor.transactionId && event.globalPosition > cursor.globalPosition)
  );
}

export const cursorOf = (event: StoredEvent): LogCursor => ({
  transactionId: event.transactionId,
  globalPosition: event.globalPosition,
});

export interface Checkpoint extends LogCursor {
  readonly updatedAt: Date;
}

export async function readCheckpoint(client: pg.ClientBase | pg.Pool, schema: string): Promise<Checkpoint> {
  const { rows } = await client.query<{ transaction_id: string; global_position: string; updated_at: Date }>(
    `SELECT transaction_id, global_position, updated_at FROM ${schema}.checkpoint`,
  );
  const row = rows[0];
  if (!row) throw new Error(`${schema}.checkpoint has no row`);
  return { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position), updatedAt: row.updated_at };
}

export async function writeCheckpoint(client: pg.ClientBase, schema: string, cursor: LogCursor): Promise<void> {
  await client.query(`UPDATE ${schema}.checkpoint SET transaction_id = $1, global_position = $2, updated_at = now()`, [
    cursor.transactionId.toString(),
    cursor.globalPosition.toString(),
  ]);
}
