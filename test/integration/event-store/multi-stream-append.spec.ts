import { WrongExpectedVersionError, type NewEvent } from '../../../src/event-store/event-store.port.js';
import { createStoreFixture, newEvent, newEvents, uniqueStream, type StoreFixture } from './event-store-fixture.js';

const WRITERS = 8;

/** Appends of many streams at once (set-based, migrations/007-set-based-multi-stream-appends.ts). */
describe('event store: multi-stream appends', () => {
  let fixture: StoreFixture;

  beforeEach(async () => {
    fixture = await createStoreFixture({ poolSize: WRITERS + 2 });
  });
  afterEach(() => fixture.db.drop());

  it('given streams at various versions, when appended together, then each continues its own versions and positions ascend in stream id order', async () => {
    const { store } = fixture;
    const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
    await store.append(a, newEvents(2));
    await store.append(c, newEvents(1));
    const results = await store.appendMany([
      { streamId: c, events: newEvents(3), expectedVersion: 1n },
      { streamId: b, events: newEvents(2), expectedVersion: 'no_stream' },
      { streamId: a, events: [], expectedVersion: 2n },
      { streamId: uniqueStream(), events: newEvents(1) },
    ]);

    expect(results.map((r) => [r.nextExpectedVersion, r.written])).toEqual([
      [4n, true],
      [2n, true],
      [2n, false],
      [1n, true],
    ]);
    const byId = [c, b, a].map((id, i) => ({ id, positions: results[i]!.positions })).sort((x, y) => (x.id < y.id ? -1 : 1));
    const positions = byId.flatMap((stream) => stream.positions);
    expect(positions).toEqual([...positions].sort((x, y) => (x < y ? -1 : 1)));
    expect((await store.readStream(c)).map((e) => e.streamVersion)).toEqual([1n, 2n, 3n, 4n]);
  });

  it('given 8 writers each appending its own new stream with a shared stream at the version it read, when they race, then every append is whole and the shared stream holds each once, versions 1..N', async () => {
    const { store } = fixture;
    const shared = uniqueStream('shared');
    const own: { streamId: string; events: NewEvent[] }[] = [];
    const sharedEvents: NewEvent[] = [];
    let conflicts = 0;
    const writer = async (): Promise<void> => {
      for (let i = 0; i < 15; i++) {
        const mine = { streamId: uniqueStream('own'), events: newEvents(2) };
        const events = [newEvent()];
        for (;;) {
          const version = (await store.streamVersion(shared)) ?? 0n;
          try {
            await store.appendMany([
              { ...mine, expectedVersion: 'no_stream' },
              { streamId: shared, events, expectedVersion: version },
            ]);
            own.push(mine);
            sharedEvents.push(...events);
            break;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
            conflicts++;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, () => writer()));

    const stored = await store.readStream(shared);
    expect(stored.map((e) => e.streamVersion)).toEqual(stored.map((_, i) => BigInt(i + 1)));
    expect(stored.map((e) => e.eventId).sort()).toEqual(sharedEvents.map((e) => e.eventId).sort());
    const written = await store.readStreams(own.map((o) => o.streamId));
    for (const { streamId, events } of own) expect(written.get(streamId)?.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    const { rows } = await fixture.db.pool.query<{ n: number }>(`select count(*)::int as n from events where stream_id like 'own-%'`);
    expect(rows[0]!.n).toBe(WRITERS * 15 * 2);
    expect(conflicts).toBeGreaterThan(0);
  });

  it("given 8 writers appending to a shared stream with 'any' beside their own, when they race, then none is refused and nothing is lost", async () => {
    const { store } = fixture;
    const shared = uniqueStream('shared');
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let i = 0; i < 10; i++) {
          await store.appendMany([
            { streamId: uniqueStream('own'), events: newEvents(1), expectedVersion: 'no_stream' },
            { streamId: shared, events: newEvents(2) },
          ]);
        }
      }),
    );
    const stored = await store.readStream(shared);
    expect(stored.map((e) => e.streamVersion)).toEqual(Array.from({ length: WRITERS * 20 }, (_, i) => BigInt(i + 1)));
  });

  it('given a multi-stream append already stored, when re-sent with the versions it was written at, then nothing is written', async () => {
    const { store } = fixture;
    const appends = [
      { streamId: uniqueStream(), events: newEvents(2), expectedVersion: 'no_stream' as const },
      { streamId: uniqueStream(), events: newEvents(1), expectedVersion: 'no_stream' as const },
    ];
    await store.appendMany(appends);
    const again = await store.appendMany(appends);
    expect(again.map((r) => [r.written, r.nextExpectedVersion, r.positions])).toEqual([
      [false, 2n, []],
      [false, 1n, []],
    ]);
  });
});
