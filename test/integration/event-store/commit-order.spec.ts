import type pg from 'pg';
import type { EventStore, StoredEvent } from '../../../src/event-store/event-store.port.js';
import { appendStatement } from '../../../src/event-store/postgres/append-statement.js';
import {
  createStoreFixture,
  eventually,
  inLogOrder,
  newEvent,
  readWholeLog,
  readWholeLogOnce,
  sleep,
  uniqueStream,
  type StoreFixture,
} from './event-store-fixture.js';

/**
 * Positions are taken before commit, so transactions commit out of position order. These
 * hold a transaction open on a raw connection, running the store's own append statement in
 * it, while other appends commit.
 */
describe('event store: transactions committing out of order', () => {
  let fixture: StoreFixture;
  let store: EventStore;
  let held: pg.PoolClient;

  beforeEach(async () => {
    fixture = await createStoreFixture({ pollIntervalMs: 60_000 });
    store = fixture.store;
    held = await fixture.db.pool.connect();
  });
  afterEach(async () => {
    held.release();
    await fixture.db.drop();
  });

  function subscribeAll(): { received: StoredEvent[]; stop: () => Promise<void> } {
    const received: StoredEvent[] = [];
    const subscription = store.subscribe({ handler: async (events) => void received.push(...events) });
    return { received, stop: () => subscription.stop() };
  }

  it('given an open transaction that took a position, when a later append commits, then neither is read until it commits, then both in order', async () => {
    const early = newEvent('Early');
    const late = newEvent('Late');
    const subscriber = subscribeAll();
    try {
      await held.query('BEGIN');
      await held.query(appendStatement([{ streamId: uniqueStream(), events: [early] }]));
      const { positions } = await store.append(uniqueStream(), [late]);

      await sleep(300);
      expect(await readWholeLog(store)).toEqual([]);
      expect(subscriber.received).toEqual([]);

      await held.query('COMMIT');
      const all = await readWholeLogOnce(store, 2);
      expect(all.map((e) => e.eventId)).toEqual([early.eventId, late.eventId]);
      expect(all[0]!.globalPosition).toBeLessThan(positions[0]!);
      await eventually(() => subscriber.received.length === 2, 'subscriber delivered both');
      expect(subscriber.received.map((e) => e.eventId)).toEqual([early.eventId, late.eventId]);
    } finally {
      await subscriber.stop();
    }
  });

  it('given a transaction with an older id that takes a HIGHER position, when it commits last, then it is still delivered, exactly once, before the other', async () => {
    const older = newEvent('OlderTransaction');
    const newer = newEvent('NewerTransaction');
    const subscriber = subscribeAll();
    try {
      await held.query('BEGIN');
      await held.query('SELECT pg_current_xact_id()');
      const { positions } = await store.append(uniqueStream(), [newer]);
      await held.query(appendStatement([{ streamId: uniqueStream(), events: [older] }]));
      expect(await readWholeLog(store)).toEqual([]);
      await held.query('COMMIT');

      const all = await readWholeLogOnce(store, 2);
      expect(all.map((e) => e.eventId)).toEqual([older.eventId, newer.eventId]);
      expect(all[0]!.globalPosition).toBeGreaterThan(positions[0]!);
      expect(inLogOrder(all)).toBe(true);
      await eventually(() => subscriber.received.length >= 2, 'subscriber delivered both');
      await sleep(100);
      expect(subscriber.received.map((e) => e.eventId)).toEqual([older.eventId, newer.eventId]);
    } finally {
      await subscriber.stop();
    }
  });

  it('given a transaction that holds a transaction id but never appends, when it finally commits, then the subscriber delivers what it held back without waiting for a poll', async () => {
    const event = newEvent();
    const subscriber = subscribeAll();
    try {
      await held.query('BEGIN');
      await held.query('SELECT pg_current_xact_id()');
      await store.append(uniqueStream(), [event]);
      await sleep(300);
      expect(subscriber.received).toEqual([]);

      await held.query('COMMIT');
      // No append commits now, so nothing notifies; the poll interval is a minute.
      await eventually(() => subscriber.received.length === 1, 'held-back event delivered', 2_000);
      expect(subscriber.received[0]!.eventId).toBe(event.eventId);
    } finally {
      await subscriber.stop();
    }
  });

  it('given an open transaction that rolls back, when readers continue, then its events never appear and later ones do', async () => {
    const late = newEvent();
    await held.query('BEGIN');
    await held.query(appendStatement([{ streamId: uniqueStream(), events: [newEvent()] }]));
    await store.append(uniqueStream(), [late]);
    await held.query('ROLLBACK');
    expect((await readWholeLogOnce(store, 1)).map((e) => e.eventId)).toEqual([late.eventId]);
  });
});
