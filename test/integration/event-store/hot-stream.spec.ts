import pg from 'pg';
import { WrongExpectedVersionError, type ExpectedVersion, type StreamAppend } from '../../../src/event-store/event-store.port.js';
import { plainAppendStatement } from '../../../src/event-store/postgres/append-statement.js';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store.js';
import { createStoreFixture, eventually, newEvents, uniqueStream, type StoreFixture } from './event-store-fixture.js';

const WRITERS = 8;

describe('event store: one hot stream', () => {
  let fixture: StoreFixture;

  beforeEach(async () => {
    fixture = await createStoreFixture({ poolSize: WRITERS + 2, pollIntervalMs: 200 });
  });
  afterEach(() => fixture.db.drop());

  const versionsOf = async (stream: string): Promise<bigint[]> =>
    (await fixture.store.readStream(stream)).map((event) => event.streamVersion);
  const oneTo = (n: number): bigint[] => Array.from({ length: n }, (_, i) => BigInt(i + 1));

  /** A connection of its own holding a transaction open, as a slow writer would. */
  async function openTransaction(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: fixture.db.url });
    await client.connect();
    await client.query('BEGIN');
    return client;
  }

  /** Resolves once some backend of the test database waits on a lock. */
  async function someoneWaitsOnALock(): Promise<void> {
    await eventually(async () => {
      const { rows } = await fixture.db.pool.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows[0]!.waiting > 0;
    }, 'an append waits on a lock');
  }

  /**
   * Runs `open` in a transaction of its own (a slow writer), starts `append` behind it, waits
   * until that waits on a lock, then ends the slow one with `end`; returns the append's promise.
   */
  async function appendBehind<T>(open: StreamAppend, end: 'COMMIT' | 'ROLLBACK', append: () => Promise<T>): Promise<T> {
    const slow = await openTransaction();
    try {
      await slow.query(plainAppendStatement(open));
      const waiting = append();
      // The caller awaits it once the slow one has ended; until then a refusal is not unhandled.
      waiting.catch(() => undefined);
      await someoneWaitsOnALock();
      await slow.query(end);
      return await waiting;
    } finally {
      await slow.end();
    }
  }

  it("given 8 writers x 200 'any' appends on one stream, then all 1,600 are accepted at versions 1..1,600", async () => {
    const stream = uniqueStream('hot');
    const writer = async (): Promise<void> => {
      for (let i = 0; i < 200; i++) await fixture.store.append(stream, newEvents(1), { expectedVersion: 'any' });
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));

    expect(await versionsOf(stream)).toEqual(oneTo(1_600));
  });

  it("given 'any', exact, no_stream and multi-stream writers on one stream, then no 'any' append is refused and versions have no gaps", async () => {
    const stream = uniqueStream('hot');
    let accepted = 0;
    const anyWriter = async (w: number): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        const events = newEvents(1 + ((w + i) % 3));
        if (i % 2 === 0) {
          await fixture.store.append(stream, events, { expectedVersion: 'any' });
        } else {
          await fixture.store.appendMany([
            { streamId: stream, events, expectedVersion: 'any' },
            { streamId: uniqueStream('cold'), events: newEvents(1), expectedVersion: 'no_stream' },
          ]);
        }
        accepted += events.length;
      }
    };
    // Writers that take the version as they read it and give up on a conflict: they only
    // compete with the 'any' appends for the next version.
    const competitor = async (expected: () => Promise<ExpectedVersion>): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        const events = newEvents(1);
        try {
          await fixture.store.append(stream, events, { expectedVersion: await expected() });
          accepted += events.length;
        } catch (error) {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: 4 }, (_, w) => anyWriter(w)),
      competitor(async () => (await fixture.store.streamVersion(stream)) ?? 0n),
      competitor(async () => (await fixture.store.streamVersion(stream)) ?? 0n),
      competitor(async () => 'no_stream'),
      competitor(async () => 'stream_exists'),
    ]);

    expect(await versionsOf(stream)).toEqual(oneTo(accepted));
  });

  it("given an 'any' append waiting behind an open one, when that commits, then it takes the next version instead of conflicting", async () => {
    const stream = uniqueStream('hot');
    await fixture.store.append(stream, newEvents(2));

    const result = await appendBehind({ streamId: stream, events: newEvents(3), expectedVersion: 'any' }, 'COMMIT', () =>
      fixture.store.append(stream, newEvents(1), { expectedVersion: 'any' }),
    );

    expect(result.nextExpectedVersion).toBe(6n);
    expect(await versionsOf(stream)).toEqual(oneTo(6));
  });

  it('given an exact append waiting on a version an open append took, when that commits, then it is refused with the version that append left', async () => {
    const stream = uniqueStream('hot');
    await fixture.store.append(stream, newEvents(2));

    const waiting = appendBehind({ streamId: stream, events: newEvents(3), expectedVersion: 2n }, 'COMMIT', () =>
      fixture.store.append(stream, newEvents(1), { expectedVersion: 2n }),
    );

    await expect(waiting).rejects.toMatchObject({ name: 'WrongExpectedVersionError', expected: 2n, actual: 5n });
    expect(await versionsOf(stream)).toEqual(oneTo(5));
  });

  it('given an exact append re-sent while the original is still open, when the original commits, then the re-send writes nothing and succeeds', async () => {
    const stream = uniqueStream('hot');
    await fixture.store.append(stream, newEvents(2));
    const events = newEvents(1);

    const resent = await appendBehind({ streamId: stream, events, expectedVersion: 2n }, 'COMMIT', () =>
      fixture.store.append(stream, events, { expectedVersion: 2n }),
    );

    expect(resent).toEqual({ nextExpectedVersion: 3n, positions: [], written: false });
    expect(await versionsOf(stream)).toEqual(oneTo(3));
  });

  it('given an exact append that lost its version to an open append, when that one rolls back, then it is written after all', async () => {
    const stream = uniqueStream('hot');
    await fixture.store.append(stream, newEvents(2));

    const result = await appendBehind({ streamId: stream, events: newEvents(1), expectedVersion: 2n }, 'ROLLBACK', () =>
      fixture.store.append(stream, newEvents(1), { expectedVersion: 2n }),
    );

    expect(result.nextExpectedVersion).toBe(3n);
    expect(await versionsOf(stream)).toEqual(oneTo(3));
  });

  it('given an exact batch whose first version an open append took, when that commits, then none of the batch is written and the conflict names the version left', async () => {
    const stream = uniqueStream('hot');
    await fixture.store.append(stream, newEvents(2));

    // Versions 4 and 5 are free: only the first of the three is taken.
    const waiting = appendBehind({ streamId: stream, events: newEvents(1), expectedVersion: 2n }, 'COMMIT', () =>
      fixture.store.append(stream, newEvents(3), { expectedVersion: 2n }),
    );

    await expect(waiting).rejects.toMatchObject({ name: 'WrongExpectedVersionError', expected: 2n, actual: 3n });
    expect(await versionsOf(stream)).toEqual(oneTo(3));
  });

  it('given 8 writers with exact versions on one stream, when each retries with the version its conflict named, then every conflict names a version the stream had during the call and all writes land once', async () => {
    const stream = uniqueStream('hot');
    const written: string[] = [];
    // The versions appends left: a conflict must name one of them, not a version inside a batch.
    const left = new Set<bigint>();
    const conflicts: { expected: bigint; actual: bigint | null; before: bigint; after: bigint }[] = [];
    const versionNow = async (): Promise<bigint> => (await fixture.store.streamVersion(stream)) ?? 0n;
    const writer = async (): Promise<void> => {
      let expected = await versionNow();
      for (let i = 0; i < 25; i++) {
        const events = newEvents(1 + (i % 2));
        for (;;) {
          const before = await versionNow();
          try {
            expected = (await fixture.store.append(stream, events, { expectedVersion: expected })).nextExpectedVersion;
            left.add(expected);
            written.push(...events.map((event) => event.eventId));
            break;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
            conflicts.push({ expected: error.expected as bigint, actual: error.actual, before, after: await versionNow() });
            expected = error.actual ?? 0n;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));

    const stored = await fixture.store.readStream(stream);
    expect(stored.map((event) => event.streamVersion)).toEqual(oneTo(written.length));
    expect(stored.map((event) => event.eventId).sort()).toEqual([...written].sort());
    expect(conflicts.length).toBeGreaterThan(0);
    for (const { expected, actual, before, after } of conflicts) {
      expect(actual).not.toBeNull();
      expect(actual).not.toBe(expected);
      expect(left.has(actual!)).toBe(true);
      expect(actual! >= before && actual! <= after).toBe(true);
    }
  });

  it('given a pool of one connection, when appends are refused for their expected version, then the connection is kept', async () => {
    const pool = new pg.Pool({ connectionString: fixture.db.url, max: 1 });
    try {
      const store = createPostgresEventStore(pool);
      const stream = uniqueStream('hot');
      await store.append(stream, newEvents(3));
      const backend = async (): Promise<number> =>
        (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const before = await backend();

      for (const expectedVersion of [1n, 'no_stream', 7n] as const) {
        await expect(store.append(stream, newEvents(1), { expectedVersion })).rejects.toMatchObject({ actual: 3n });
      }

      expect(await backend()).toBe(before);
    } finally {
      await pool.end();
    }
  });

  it('given a pool of one connection, when a single exact append is refused for a stored event id, then the connection is kept and the next append is written', async () => {
    const pool = new pg.Pool({ connectionString: fixture.db.url, max: 1 });
    try {
      const store = createPostgresEventStore(pool);
      const stream = uniqueStream('hot');
      await store.append(stream, newEvents(1));
      await store.append(stream, newEvents(1), { expectedVersion: 1n });
      const [stored] = newEvents(1);
      await store.append(uniqueStream('other'), [stored!]);
      const backend = async (): Promise<number> =>
        (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const before = await backend();

      await expect(store.append(stream, [stored!], { expectedVersion: 2n })).rejects.toMatchObject({ name: 'EventIdConflictError' });
      const next = await store.append(stream, newEvents(1), { expectedVersion: 2n });

      expect(next.nextExpectedVersion).toBe(3n);
      expect(await backend()).toBe(before);
    } finally {
      await pool.end();
    }
  });
});
