import {
  WrongExpectedVersionError,
  type LogCursor,
  type NewEvent,
  type StoredEvent,
} from '../../../src/event-store/event-store.port.js';
import {
  createStoreFixture,
  eventually,
  inLogOrder,
  newEvents,
  uniqueStream,
  type StoreFixture,
} from './event-store-fixture.js';

const WRITERS = 8;

describe('event store: concurrent writers', () => {
  let fixture: StoreFixture;

  beforeEach(async () => {
    fixture = await createStoreFixture({ poolSize: WRITERS + 4, pollIntervalMs: 200 });
  });
  afterEach(() => fixture.db.drop());

  it('given 8 writers on ONE stream with exact expected versions, when they race, then versions are 1..N and no event is lost or invented', async () => {
    const { store } = fixture;
    const stream = uniqueStream('contended');
    const appended: NewEvent[] = [];
    let conflicts = 0;
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; i < 25; i++) {
        const events = newEvents(1 + ((w + i) % 3));
        let expected: bigint = (await store.streamVersion(stream)) ?? 0n;
        for (;;) {
          try {
            await store.append(stream, events, { expectedVersion: expected });
            appended.push(...events);
            break;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
            conflicts++;
            expected = error.actual ?? 0n;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.streamVersion)).toEqual(stored.map((_, i) => BigInt(i + 1)));
    expect(stored.map((e) => e.eventId).sort()).toEqual(appended.map((e) => e.eventId).sort());
    expect(await store.streamVersion(stream)).toBe(BigInt(appended.length));
    expect(conflicts).toBeGreaterThan(0);
  });

  it('given 8 writers appending 10,000 events to many streams, when a subscriber and a global reader tail the log, then each gets every event exactly once, in log order', async () => {
    const { store } = fixture;
    const TOTAL = 10_000;
    const streams = Array.from({ length: 300 }, () => uniqueStream('busy'));
    const received: StoredEvent[] = [];
    const subscription = store.subscribe({
      batchSize: 250,
      handler: async (events) => {
        received.push(...events);
      },
    });

    const pagedThrough: StoredEvent[] = [];
    let writing = true;
    const globalReader = (async () => {
      let after: LogCursor | undefined;
      while (writing || pagedThrough.length < TOTAL) {
        const page = await store.readAll({ after, limit: 300 });
        pagedThrough.push(...page.events);
        after = page.next;
        if (page.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    const written: string[] = [];
    let next = 0;
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; ; i++) {
        // Uneven batches make transactions of different lengths, so commits overtake each other.
        const size = Math.min([1, 7, 2, 40, 3, 1, 15][(w + i) % 7]!, TOTAL - next);
        if (size <= 0) return;
        next += size;
        const events = newEvents(size);
        await store.append(streams[(w * 37 + i) % streams.length]!, events);
        written.push(...events.map((e) => e.eventId));
      }
    };
    try {
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      writing = false;
      await eventually(() => received.length >= TOTAL, `subscriber got ${received.length} of ${TOTAL}`, 60_000);
      await globalReader;
    } finally {
      writing = false;
      await subscription.stop();
    }

    expect(written).toHaveLength(TOTAL);
    for (const delivered of [received, pagedThrough]) {
      expect(delivered).toHaveLength(TOTAL);
      expect(new Set(delivered.map((e) => e.eventId)).size).toBe(TOTAL);
      expect(new Set(delivered.map((e) => e.eventId))).toEqual(new Set(written));
      expect(inLogOrder(delivered)).toBe(true);
    }
  });
});
