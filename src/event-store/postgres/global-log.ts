import type pg from 'pg';
import type { LogCursor, ReadAllPage, StoredEvent } from '../event-store.port.js';
import { EVENT_COLUMNS, type EventRowDecoding, PARSED_EVENTS, RECORDED_AT_MS } from './stored-event-row.js';

/**
 * The global log in commit-safe order.
 *
 * Positions are taken before commit, so transactions commit out of position order: a reader
 * that pages by position alone skips the events of a transaction that commits after a later
 * position was read. Instead the log is ordered by (transaction_id, global_position) and only
 * rows of transactions older than the snapshot's xmin are read: every transaction below xmin
 * has finished, so no row can ever appear behind a cursor taken from what was read. The
 * keyset cursor is exactly that pair, matching the ORDER BY and the index
 * events_log_order_idx, so a page is one index range scan.
 */
const readPage = (columns: string) => `
  SELECT ${columns}
    FROM events
   WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
     AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
   ORDER BY transaction_id, global_position
   LIMIT $3`;

const READ_PAGE = readPage(EVENT_COLUMNS);

// The same page cut down to the wanted types ($4), plus its last row (data and metadata left
// out unless wanted) for the cursor, and `scanned`, the page's full row count: the rows of
// other types are scanned on the server and never sent, parsed or allocated here.
const READ_PAGE_OF_TYPES = `
  SELECT global_position, transaction_id, stream_id, stream_version, event_id, type, schema_version,
         CASE WHEN wanted THEN data END, CASE WHEN wanted THEN metadata END, ${RECORDED_AT_MS}, wanted, scanned
    FROM (SELECT page.*, page.type = ANY($4::text[]) AS wanted,
                 row_number() OVER log_order AS scanned,
                 lead(true) OVER log_order IS NULL AS last
            FROM (${readPage('*')}) page
          WINDOW log_order AS (ORDER BY transaction_id, global_position)) numbered
   WHERE wanted OR last
   ORDER BY transaction_id, global_position`;
const WANTED_COLUMN = 10;
const SCANNED_COLUMN = 11;

// Whether the newest row this statement sees lies after the cursor: committed rows an open
// transaction still hides behind the xmin horizon (perhaps a transaction that never appends,
// so nothing will notify when it ends), or rows that became readable after the read that
// found nothing. Asking "is anything held back now?" instead loses the commit that lands
// between that read and the question: the answer is then "no", and the subscription would
// sleep a whole poll interval with events waiting. One backward step of events_log_order_idx:
// written with the horizon in a WHERE, the planner, which cannot estimate it, chose a
// sequential scan of the whole log whenever the table had no statistics yet (135-185 ms at
// 500,000 events), and subscriptions ask this on every read that finds nothing new.
export const UNREAD_AFTER = `
  SELECT COALESCE((
    SELECT (transaction_id, global_position) > ($1::xid8, $2::bigint)
      FROM events
     ORDER BY transaction_id DESC, global_position DESC
     LIMIT 1
  ), false) AS unread`;

// Backward scan of the primary key, skipping only the few rows not yet readable.
const HEAD_POSITION = `
  SELECT global_position
    FROM events
   WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
   ORDER BY global_position DESC
   LIMIT 1`;

// Only a readable event yields a cursor: resuming after one still behind the horizon would
// skip the events of older transactions that have not committed yet.
const CURSOR_AT = `
  SELECT transaction_id
    FROM events
   WHERE global_position = $1
     AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;


export async function readLogPage(
  pool: pg.Pool,
  after: LogCursor,
  limit: number,
  types?: ReadonlySet<string>,
): Promise<ReadAllPage> {
  return readLogPageAs<StoredEvent>(pool, after, limit, types, PARSED_EVENTS);
}

/** readLogPage, with the rows decoded by `decoding`. */
export async function readLogPageAs<E>(
  pool: pg.Pool,
  after: LogCursor,
  limit: number,
  types: ReadonlySet<string> | undefined,
  decoding: EventRowDecoding<E>,
): Promise<ReadAllPage<E>> {
  const result = await pool.query<unknown[]>(
    types === undefined
      ? { name: 'event_store_read_log', text: READ_PAGE, values: [after.transactionId, after.globalPosition, limit], rowMode: 'array', types: decoding.types }
      : {
          name: 'event_store_read_log_of_types',
          text: READ_PAGE_OF_TYPES,
          values: [after.transactionId, after.globalPosition, limit, [...types]],
          rowMode: 'array',
          types: decoding.types,
        },
  );
  const last = result.rows.at(-1);
  const wanted = types === undefined ? result.rows : result.rows.filter((row) => row[WANTED_COLUMN] === true);
  return {
    events: wanted.map(decoding.decode),
    next: last ? { transactionId: BigInt(last[1] as string), globalPosition: BigInt(last[0] as string) } : after,
    scanned: types === undefined || !last ? result.rows.length : Number(last[SCANNED_COLUMN]),
  };
}

export async function hasUnreadAfter(pool: pg.Pool, after: LogCursor): Promise<boolean> {
  const { rows } = await pool.query<{ unread: boolean }>({
    name: 'event_store_unread_after',
    text: UNREAD_AFTER,
    values: [after.transactionId, after.globalPosition],
  });
  return rows[0]?.unread ?? false;
}

export async function readHeadPosition(pool: pg.Pool): Promise<bigint> {
  const { rows } = await pool.query<{ global_position: string }>({
    name: 'event_store_head_position',
    text: HEAD_POSITION,
  });
  return BigInt(rows[0]?.global_position ?? 0);
}

export async function readCursorAt(pool: pg.Pool, position: bigint): Promise<LogCursor | null> {
  const { rows } = await pool.query<{ transaction_id: string }>({
    name: 'event_store_cursor_at',
    text: CURSOR_AT,
    values: [position],
  });
  return rows[0] ? { transactionId: BigInt(rows[0].transaction_id), globalPosition: position } : null;
}
