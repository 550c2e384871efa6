import { HELD_BACK } from '../../../src/event-store/postgres/global-log.js';
import { createStoreFixture, newEvent, type StoreFixture } from './event-store-fixture.js';

// Subscriptions ask whether the log is held back on every read that finds nothing new, so the
// question must stay one index step however large the log and whatever the statistics say.
describe('event store: the held-back check', () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await createStoreFixture();
    for (let batch = 0; batch < 20; batch++) {
      await f.store.append(`stream-${batch}`, Array.from({ length: 250 }, () => newEvent()));
    }
  });
  afterAll(() => f.db.drop());

  it('given a log the server has no statistics for, when planned, then it reads the log-order index, not the table', async () => {
    const { rows } = await f.db.pool.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${HELD_BACK}`);
    const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
    expect(plan).toContain('events_log_order_idx');
    expect(plan).not.toContain('Seq Scan');
  });

  it('given an open transaction that took a transaction id, when asked, then the log is held back until it ends', async () => {
    expect((await f.db.pool.query<{ held_back: boolean }>(HELD_BACK)).rows[0]!.held_back).toBe(false);
    const open = await f.db.pool.connect();
    try {
      await open.query('BEGIN');
      await open.query('SELECT pg_current_xact_id()');
      await f.store.append('stream-late', [newEvent()]);
      expect((await f.db.pool.query<{ held_back: boolean }>(HELD_BACK)).rows[0]!.held_back).toBe(true);
      await open.query('COMMIT');
    } finally {
      open.release();
    }
    expect((await f.db.pool.query<{ held_back: boolean }>(HELD_BACK)).rows[0]!.held_back).toBe(false);
  });
});
