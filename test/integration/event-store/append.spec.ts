import {
  EventIdConflictError,
  WrongExpectedVersionError,
  type EventStore,
} from '../../../src/event-store/event-store.port.js';
import { createStoreFixture, newEvent, newEvents, uniqueStream, type StoreFixture } from './event-store-fixture.js';

describe('event store: append', () => {
  let fixture: StoreFixture;
  let store: EventStore;

  beforeAll(async () => {
    fixture = await createStoreFixture();
    store = fixture.store;
  });
  afterAll(() => fixture.db.drop());

  async function rejection(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => {
        throw new Error('expected a rejection');
      },
      (error: unknown) => error,
    );
  }

  async function countEvents(): Promise<number> {
    const { rows } = await fixture.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    return Number(rows[0]!.n);
  }

  describe('expected version', () => {
    it('given a new stream, when appending with no_stream, then versions start at 1', async () => {
      const stream = uniqueStream();
      const result = await store.append(stream, newEvents(3), { expectedVersion: 'no_stream' });
      expect(result.nextExpectedVersion).toBe(3n);
      expect(result.written).toBe(true);
      expect(result.positions).toHaveLength(3);
      expect((await store.readStream(stream)).map((e) => e.streamVersion)).toEqual([1n, 2n, 3n]);
    });

    it('given an existing stream, when appending with no_stream, then it names the actual version', async () => {
      const stream = uniqueStream();
      await store.append(stream, newEvents(2));
      const error = await rejection(store.append(stream, [newEvent()], { expectedVersion: 'no_stream' }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId: stream, expected: 'no_stream', actual: 2n });
      expect((error as Error).message).toBe(`Stream ${stream}: expected version no_stream, actual 2`);
    });

    it('given no stream, when appending with stream_exists, then it is refused with actual "no stream"', async () => {
      const stream = uniqueStream();
      const error = await rejection(store.append(stream, [newEvent()], { expectedVersion: 'stream_exists' }));
      expect(error).toMatchObject({ streamId: stream, expected: 'stream_exists', actual: null });
      expect((error as Error).message).toContain('actual no stream');
      expect(await store.streamVersion(stream)).toBeNull();
    });

    it('given an existing stream, when appending with stream_exists, then it appends', async () => {
      const stream = uniqueStream();
      await store.append(stream, [newEvent()]);
      const result = await store.append(stream, [newEvent()], { expectedVersion: 'stream_exists' });
      expect(result.nextExpectedVersion).toBe(2n);
    });

    it('given a stream at version 2, when appending with exact version 2, then it appends at 3', async () => {
      const stream = uniqueStream();
      await store.append(stream, newEvents(2));
      const result = await store.append(stream, [newEvent()], { expectedVersion: 2n });
      expect(result.nextExpectedVersion).toBe(3n);
      expect(await store.streamVersion(stream)).toBe(3n);
    });

    it('given a stream at version 2, when appending with exact version 1 or 5, then it names actual 2', async () => {
      const stream = uniqueStream();
      await store.append(stream, newEvents(2));
      for (const expectedVersion of [1n, 5n]) {
        const error = await rejection(store.append(stream, [newEvent()], { expectedVersion }));
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error).toMatchObject({ expected: expectedVersion, actual: 2n });
      }
      expect(await store.streamVersion(stream)).toBe(2n);
    });

    it('given no stream, when appending with exact version 0, then it is treated as no_stream', async () => {
      const stream = uniqueStream();
      expect((await store.append(stream, [newEvent()], { expectedVersion: 0n })).nextExpectedVersion).toBe(1n);
      const error = await rejection(store.append(stream, [newEvent()], { expectedVersion: 0n }));
      expect(error).toMatchObject({ expected: 0n, actual: 1n });
    });

    it('given no stream, when appending with exact version 3, then it names actual "no stream"', async () => {
      const error = await rejection(store.append(uniqueStream(), [newEvent()], { expectedVersion: 3n }));
      expect(error).toMatchObject({ expected: 3n, actual: null });
    });

    it('given any stream state, when appending with any (the default), then it appends', async () => {
      const stream = uniqueStream();
      expect((await store.append(stream, [newEvent()])).nextExpectedVersion).toBe(1n);
      expect((await store.append(stream, [newEvent()], { expectedVersion: 'any' })).nextExpectedVersion).toBe(2n);
    });

    it('given no events, when appending, then only the expected version is checked', async () => {
      const stream = uniqueStream();
      const empty = await store.append(stream, [], { expectedVersion: 'no_stream' });
      expect(empty).toEqual({ nextExpectedVersion: 0n, positions: [], written: false });
      expect(await store.streamVersion(stream)).toBeNull();
      await store.append(stream, [newEvent()]);
      await expect(store.append(stream, [], { expectedVersion: 'no_stream' })).rejects.toMatchObject({ actual: 1n });
      expect(await store.append(stream, [], { expectedVersion: 1n })).toMatchObject({ nextExpectedVersion: 1n });
    });

    it('given a negative exact version, when appending, then it is refused before reaching the database', async () => {
      await expect(store.append(uniqueStream(), [newEvent()], { expectedVersion: -1n })).rejects.toBeInstanceOf(
        RangeError,
      );
    });
  });

  describe('idempotency by event id', () => {
    it('given events already appended, when re-sent with the same expected version, then nothing is written', async () => {
      const stream = uniqueStream();
      const events = newEvents(3);
      const first = await store.append(stream, events, { expectedVersion: 'no_stream' });
      const before = await countEvents();
      const again = await store.append(stream, events, { expectedVersion: 'no_stream' });
      expect(again).toEqual({ nextExpectedVersion: first.nextExpectedVersion, positions: [], written: false });
      expect(await countEvents()).toBe(before);
      expect(await store.streamVersion(stream)).toBe(3n);
    });

    it('given events already appended, when re-sent with any or their old exact version, then nothing is written', async () => {
      const stream = uniqueStream();
      await store.append(stream, newEvents(2));
      const events = newEvents(2);
      await store.append(stream, events, { expectedVersion: 2n });
      await store.append(stream, [newEvent()]);
      for (const expectedVersion of ['any', 2n, 'stream_exists'] as const) {
        const again = await store.append(stream, events, { expectedVersion });
        expect(again).toEqual({ nextExpectedVersion: 5n, positions: [], written: false });
      }
      expect(await store.streamVersion(stream)).toBe(5n);
      expect(await store.readStream(stream)).toHaveLength(5);
    });

    it('given one event already appended with an exact version, when re-sent with the same version, then nothing is written', async () => {
      const stream = uniqueStream();
      await store.append(stream, newEvents(2));
      const event = newEvent();
      await store.append(stream, [event], { expectedVersion: 2n });

      const again = await store.append(stream, [event], { expectedVersion: 2n });

      expect(again).toEqual({ nextExpectedVersion: 3n, positions: [], written: false });
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it('given an event stored in one stream, when its id is appended alone to another with an exact version, then EventIdConflictError', async () => {
      const event = newEvent();
      await store.append(uniqueStream(), [event]);
      const other = uniqueStream();
      await store.append(other, newEvents(1));

      const error = await rejection(store.append(other, [event], { expectedVersion: 1n }));

      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(await store.streamVersion(other)).toBe(1n);
    });

    it('given an event stored in one stream, when its id is appended to another stream, then EventIdConflictError', async () => {
      const event = newEvent();
      const first = uniqueStream();
      await store.append(first, [event]);
      const other = uniqueStream();
      const error = await rejection(store.append(other, [newEvent(), event]));
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ eventId: event.eventId });
      expect((error as Error).message).toContain(`already stored in stream ${first}`);
      expect(await store.streamVersion(other)).toBeNull();
    });

    it('given an event id reused in an existing stream with different data, then EventIdConflictError', async () => {
      const stream = uniqueStream();
      const event = newEvent('Noted', { a: 1 });
      await store.append(stream, [event]);
      const error = await rejection(store.append(stream, [{ ...event, data: { a: 2 } }]));
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect((error as Error).message).toContain('different content');
      expect(await store.streamVersion(stream)).toBe(1n);
    });

    it('given a batch that only partly repeats an earlier append, then EventIdConflictError and nothing written', async () => {
      const stream = uniqueStream();
      const [a, b] = newEvents(2);
      await store.append(stream, [a!]);
      const error = await rejection(store.append(stream, [a!, b!]));
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ eventId: a!.eventId });
      expect(await store.readStream(stream)).toHaveLength(1);
      expect(await store.streamVersion(stream)).toBe(1n);
    });

    it('given one event id twice in one append, then EventIdConflictError', async () => {
      const event = newEvent();
      await expect(store.append(uniqueStream(), [event, event])).rejects.toBeInstanceOf(EventIdConflictError);
    });
  });

  describe('appendMany', () => {
    it('given several streams, when appended together, then results come in the order given', async () => {
      const streams = ['zz', 'aa', 'mm'].map((p) => uniqueStream(p));
      const results = await store.appendMany(
        streams.map((streamId, i) => ({ streamId, events: newEvents(i + 1), expectedVersion: 'no_stream' as const })),
      );
      expect(results.map((r) => r.nextExpectedVersion)).toEqual([1n, 2n, 3n]);
      expect(results.map((r) => r.positions.length)).toEqual([1, 2, 3]);
      const transactionIds = new Set<bigint>();
      for (const streamId of streams) {
        for (const event of await store.readStream(streamId)) transactionIds.add(event.transactionId);
      }
      expect(transactionIds.size).toBe(1);
    });

    it('given a conflict on the second stream, when appended together, then the first stays unwritten', async () => {
      const first = uniqueStream();
      const second = uniqueStream();
      await store.append(second, [newEvent()]);
      const before = await countEvents();
      const error = await rejection(
        store.appendMany([
          { streamId: first, events: newEvents(2), expectedVersion: 'no_stream' },
          { streamId: second, events: [newEvent()], expectedVersion: 'no_stream' },
        ]),
      );
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId: second, actual: 1n });
      expect(await store.streamVersion(first)).toBeNull();
      expect(await countEvents()).toBe(before);
    });

    it('given an event id conflict in one stream, when appended together, then nothing is written', async () => {
      const taken = newEvent();
      await store.append(uniqueStream(), [taken]);
      const first = uniqueStream();
      const before = await countEvents();
      await expect(
        store.appendMany([
          { streamId: first, events: newEvents(2) },
          { streamId: uniqueStream(), events: [taken] },
        ]),
      ).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await store.streamVersion(first)).toBeNull();
      expect(await countEvents()).toBe(before);
    });

    it('given an appendMany already stored, when re-sent, then every result is unwritten and nothing changes', async () => {
      const appends = [uniqueStream(), uniqueStream()].map((streamId) => ({
        streamId,
        events: newEvents(2),
        expectedVersion: 'no_stream' as const,
      }));
      await store.appendMany(appends);
      const before = await countEvents();
      const again = await store.appendMany(appends);
      expect(again).toEqual([
        { nextExpectedVersion: 2n, positions: [], written: false },
        { nextExpectedVersion: 2n, positions: [], written: false },
      ]);
      expect(await countEvents()).toBe(before);
    });

    it('given the same stream twice in one call, then it is refused', async () => {
      const streamId = uniqueStream();
      await expect(
        store.appendMany([
          { streamId, events: [newEvent()] },
          { streamId, events: [newEvent()] },
        ]),
      ).rejects.toThrow(/appears twice/);
    });
  });

  describe('stored envelope', () => {
    it('given an append, when read back, then the store set position, transaction id and recorded time', async () => {
      const stream = uniqueStream();
      const event = {
        ...newEvent('StoryReported', { headline: 'Ä "quoted" \\ text' }),
        metadata: { correlationId: 'c-1', causationId: 'c-0', knownAt: '2017-08-27T03:48:44Z', source: 'seed' },
      };
      const before = Date.now();
      const { positions } = await store.append(stream, [event]);
      const [stored] = await store.readStream(stream);
      expect(stored).toEqual({
        globalPosition: positions[0],
        transactionId: expect.any(BigInt),
        streamId: stream,
        streamVersion: 1n,
        eventId: event.eventId,
        type: 'StoryReported',
        schemaVersion: 1,
        data: event.data,
        metadata: event.metadata,
        recordedAt: expect.any(Date),
      });
      expect(stored!.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 5000);
    });
  });
});
