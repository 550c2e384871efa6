import pg from 'pg';
import type { EventStore, StoredEvent } from '../../../src/event-store/event-store.port.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import {
  createStoreFixture,
  eventually,
  newEvent,
  newEvents,
  readWholeLogOnce,
  sleep,
  uniqueStream,
  type StoreFixture,
} from './event-store-fixture.js';

const A_MINUTE = 60_000;

describe('event store: subscriptions', () => {
  let fixture: StoreFixture;
  let store: EventStore;
  let channel: string;

  beforeEach(async () => {
    channel = `events_${Math.random().toString(36).slice(2)}`;
    fixture = await createStoreFixture({ pollIntervalMs: A_MINUTE, notifyChannel: channel });
    store = fixture.store;
  });
  afterEach(() => fixture.db.drop());

  function collector(): { received: StoredEvent[]; handler: (events: readonly StoredEvent[]) => Promise<void> } {
    const received: StoredEvent[] = [];
    return { received, handler: async (events) => void received.push(...events) };
  }

  async function listeningConnections(): Promise<number> {
    const { rows } = await fixture.db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1`,
      [`LISTEN "${channel}"`],
    );
    return Number(rows[0]!.n);
  }

  it('given stored events, when subscribing, then it catches up in batches and then delivers new appends live, long before a poll', async () => {
    await store.append(uniqueStream(), newEvents(25));
    await readWholeLogOnce(store, 25);
    const { received, handler } = collector();
    const batches: number[] = [];
    const subscription = store.subscribe({
      batchSize: 10,
      handler: async (events) => {
        batches.push(events.length);
        await handler(events);
      },
    });
    try {
      await eventually(() => received.length === 25, 'caught up');
      expect(batches).toEqual([10, 10, 5]);
      const live = newEvent();
      await store.append(uniqueStream(), [live]);
      await eventually(() => received.length === 26, 'live event delivered', 2_000);
      expect(received.at(-1)!.eventId).toBe(live.eventId);
    } finally {
      await subscription.stop();
    }
  });

  it('given a subscription, when ANOTHER store instance (another process) appends, then NOTIFY wakes it', async () => {
    const otherPool = new pg.Pool({ connectionString: fixture.db.url, max: 2 });
    otherPool.on('error', () => undefined);
    const other = createPostgresEventStore(otherPool, { notifyChannel: channel });
    const { received, handler } = collector();
    const subscription = store.subscribe({ handler });
    try {
      await eventually(async () => (await listeningConnections()) === 1, 'listening');
      const event = newEvent();
      await other.append(uniqueStream(), [event]);
      await eventually(() => received.length === 1, 'delivered through NOTIFY', 2_000);
      expect(received[0]!.eventId).toBe(event.eventId);
    } finally {
      await subscription.stop();
      await otherPool.end();
    }
  });

  it('given a subscription from a cursor, when subscribing, then only events after it are delivered', async () => {
    await store.append(uniqueStream(), newEvents(3));
    const [, second] = await readWholeLogOnce(store, 3);
    const { received, handler } = collector();
    const subscription = store.subscribe({ after: second!, handler });
    try {
      await eventually(() => received.length === 1, 'the third event');
      await sleep(100);
      expect(received).toHaveLength(1);
    } finally {
      await subscription.stop();
    }
  });

  it('given a batch in the handler, when stopping, then stop waits for it and no batch follows', async () => {
    await store.append(uniqueStream(), newEvents(1));
    let releaseHandler!: () => void;
    const handlerBlocked = new Promise<void>((resolve) => (releaseHandler = resolve));
    let calls = 0;
    let finished = 0;
    const subscription = store.subscribe({
      handler: async () => {
        calls++;
        await handlerBlocked;
        finished++;
      },
    });
    await eventually(() => calls === 1, 'handler entered');
    await store.append(uniqueStream(), newEvents(1));

    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    await sleep(100);
    expect(stopped).toBe(false);
    releaseHandler();
    await stopping;
    expect(finished).toBe(1);
    await sleep(100);
    expect(calls).toBe(1);
  });

  it('given a handler that fails, when it throws, then the subscription ends, reports it, and a resubscription from its last cursor gets that batch again', async () => {
    await store.append(uniqueStream(), newEvents(2));
    await readWholeLogOnce(store, 2);
    const failure = new Error('projection failed');
    const errors: unknown[] = [];
    const handled: StoredEvent[] = [];
    const subscription = store.subscribe({
      batchSize: 1,
      handler: async ([event]) => {
        if (handled.length === 1) throw failure;
        handled.push(event!);
      },
      onError: (error) => errors.push(error),
    });
    await subscription.done;
    expect(errors).toEqual([failure]);
    expect(handled).toHaveLength(1);

    const { received, handler } = collector();
    const again = store.subscribe({ after: handled[0]!, handler });
    try {
      await eventually(() => received.length === 1, 'the failed batch again');
    } finally {
      await again.stop();
    }
  });

  it('given two subscriptions, when they run, then they share one LISTEN connection, given back when the last stops', async () => {
    const first = store.subscribe(collector());
    const second = store.subscribe(collector());
    await eventually(async () => (await listeningConnections()) === 1, 'one listener');
    await sleep(100);
    expect(await listeningConnections()).toBe(1);

    await first.stop();
    expect(await listeningConnections()).toBe(1);
    await second.stop();
    expect(await listeningConnections()).toBe(0);
    expect(fixture.db.pool.idleCount).toBe(fixture.db.pool.totalCount);
  });
});
