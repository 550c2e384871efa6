import { LOG_START, type EventStore, type LogCursor } from '../../../src/event-store/event-store.port.js';
import {
  createStoreFixture,
  eventually,
  newEvents,
  readWholeLogOnce,
  uniqueStream,
  type StoreFixture,
} from './event-store-fixture.js';

describe('event store: reads', () => {
  let fixture: StoreFixture;
  let store: EventStore;

  beforeAll(async () => {
    fixture = await createStoreFixture();
    store = fixture.store;
  });
  afterAll(() => fixture.db.drop());

  describe('a stream', () => {
    let stream: string;

    beforeAll(async () => {
      stream = uniqueStream();
      await store.append(stream, newEvents(5));
      await store.append(uniqueStream(), newEvents(2));
    });

    it('given five events, when read forwards, then versions 1..5 in order', async () => {
      expect((await store.readStream(stream)).map((e) => e.streamVersion)).toEqual([1n, 2n, 3n, 4n, 5n]);
    });

    it('given five events, when read forwards from version 2 with limit 2, then versions 2 and 3', async () => {
      const events = await store.readStream(stream, { fromVersion: 2n, limit: 2 });
      expect(events.map((e) => e.streamVersion)).toEqual([2n, 3n]);
    });

    it('given five events, when read backwards, then versions 5..1', async () => {
      expect((await store.readStream(stream, { direction: 'backwards' })).map((e) => e.streamVersion)).toEqual([
        5n,
        4n,
        3n,
        2n,
        1n,
      ]);
    });

    it('given five events, when read backwards from version 4 with limit 2, then versions 4 and 3', async () => {
      const events = await store.readStream(stream, { direction: 'backwards', fromVersion: 4n, limit: 2 });
      expect(events.map((e) => e.streamVersion)).toEqual([4n, 3n]);
    });

    it('given a stream, when asking its version, then the last version; and null for no stream', async () => {
      expect(await store.streamVersion(stream)).toBe(5n);
      expect(await store.streamVersion(uniqueStream())).toBeNull();
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });
  });

  describe('the global log', () => {
    it('given appends, when paged with readAll, then every event once in (transaction id, position) order', async () => {
      const prefix = uniqueStream('paging');
      for (let i = 0; i < 7; i++) await store.append(`${prefix}-${i}`, newEvents(3));
      const { rows } = await fixture.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      await readWholeLogOnce(store, Number(rows[0]!.n));
      const seen: LogCursor[] = [];
      let after: LogCursor = LOG_START;
      for (;;) {
        const page = await store.readAll({ after, limit: 4 });
        if (page.events.length === 0) {
          expect(page.next).toEqual(after);
          break;
        }
        expect(page.events.length).toBeLessThanOrEqual(4);
        seen.push(...page.events);
        after = page.next;
      }
      expect(seen).toHaveLength(Number(rows[0]!.n));
      for (let i = 1; i < seen.length; i++) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        expect(a.transactionId < b.transactionId || (a.transactionId === b.transactionId && a.globalPosition < b.globalPosition)).toBe(true);
      }
    });

    it('given appends, when asking the head position, then the position of the newest event', async () => {
      const { positions } = await store.append(uniqueStream(), newEvents(2));
      await eventually(async () => (await store.headPosition()) === positions[1], 'head is the newest position');
    });

    it('given a stored position, when asking its cursor, then readAll after it continues with the next event', async () => {
      const first = await store.append(uniqueStream(), newEvents(1));
      const second = await store.append(uniqueStream(), newEvents(1));
      let cursor: LogCursor | null = null;
      await eventually(async () => (cursor = await store.cursorAt(first.positions[0]!)) !== null, 'position readable');
      expect(cursor).toEqual({ transactionId: expect.any(BigInt), globalPosition: first.positions[0] });
      await eventually(async () => {
        const page = await store.readAll({ after: cursor!, limit: 1 });
        return page.events[0]?.globalPosition === second.positions[0];
      }, 'the next event after the cursor');
      expect(await store.cursorAt(10_000_000n)).toBeNull();
    });
  });
});
