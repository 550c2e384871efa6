import { LOG_START, type LogCursor } from '../../../src/event-store/event-store.port.js';
import { UNREAD_AFTER } from '../../../src/event-store/postgres/global-log.js';
import { createStoreFixture, newEvent, readWholeLog, type StoreFixture } from './event-store-fixture.js';

// Subscriptions ask whether anything lies after their cursor on every read that finds nothing
// new, so the question must stay one index step however large the log and whatever the
// statistics say, and must not miss a commit that lands right after that read.
describe('event store: is anything unread after a cursor', () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await createStoreFixture();
    for (let batch = 0; batch < 20; batch++) {
      await f.store.append(`stream-${batch}`, Array.from({ length: 250 }, () => newEvent()));
    }
  });
  afterAll(() => f.db.drop());

  async function unreadAfter(cursor: LogCursor): Promise<boolean> {
    const { rows } = await f.db.pool.query<{ unread: boolean }>(UNREAD_AFTER, [cursor.transactionId, cursor.globalPosition]);
    return rows[0]!.unread;
  }

  async function endOfReadableLog(): Promise<LogCursor> {
    const last = (await readWholeLog(f.store, 1000)).at(-1)!;
    return { transactionId: last.transactionId, globalPosition: last.globalPosition };
  }

  it('given a log the server has no statistics for, when planned, then it reads the log-order index, not the table', async () => {
    const { rows } = await f.db.pool.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${UNREAD_AFTER}`, ['0', '0']);
    const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
    expect(plan).toContain('events_log_order_idx');
    expect(plan).not.toContain('Seq Scan');
  });

  it('given a cursor at the start, then there is something to read; given one at the end, then nothing', async () => {
    expect(await unreadAfter(LOG_START)).toBe(true);
    expect(await unreadAfter(await endOfReadableLog())).toBe(false);
  });

  it('given an open transaction that took a transaction id, when a later append commits, then it is unread while held back and still unread once the holder commits', async () => {
    const cursor = await endOfReadableLog();
    const open = await f.db.pool.connect();
    try {
      await open.query('BEGIN');
      await open.query('SELECT pg_current_xact_id()');
      await f.store.append('stream-late', [newEvent()]);
      expect(await endOfReadableLog()).toEqual(cursor);
      expect(await unreadAfter(cursor)).toBe(true);
      await open.query('COMMIT');
    } finally {
      open.release();
    }
    // The read before the commit found nothing; asked now, nothing is held back any more,
    // but the append is still unread at this cursor, so a subscription must read again.
    expect(await unreadAfter(cursor)).toBe(true);
    expect(await unreadAfter(await endOfReadableLog())).toBe(false);
  });
});
