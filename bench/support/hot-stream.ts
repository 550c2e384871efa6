import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { WrongExpectedVersionError, type EventStore, type NewEvent } from '../../src/event-store/event-store.port.js';
import { refusableQuery } from '../../src/event-store/postgres/refusable-query.js';
import { sampleEvents } from './sample-events.js';

/**
 * Contended appends (issue 18): writers racing for the same stream, each doing what a command
 * handler does — read the stream's version, append with it, and on a conflict read again and
 * retry. The store and a plain table run the same loop.
 */

/** One side of the comparison: how a writer reads a version and appends after it. */
export interface VersionedWriter {
  /** The stream's version, 0 when it does not exist. */
  version(streamId: string): Promise<bigint>;
  /** Appends one event after `expected`; false on a conflict (another writer got there first). */
  appendAfter(streamId: string, expected: bigint, event: NewEvent): Promise<boolean>;
  /**
   * Appends one event wherever the stream is; false when refused. A side without it (a plain
   * table has no 'any') runs the exact loop instead.
   */
  readonly appendAny?: (streamId: string, event: NewEvent) => Promise<boolean>;
}

export interface HotStreamCase {
  readonly name: string;
  readonly writers: number;
  readonly appendsPerWriter: number;
  /** 'exact': read, append with that version, retry on conflict; 'any': append without one. */
  readonly expectation: 'exact' | 'any';
  /** The stream of a writer's `i`th append, from a round's streams. */
  readonly streamOf: (streams: RoundStreams, writer: number, i: number) => string;
}

export interface RoundStreams {
  readonly hot: string;
  readonly cold: readonly string[];
}

export interface HotStreamRun {
  readonly seconds: number;
  readonly successes: number;
  readonly attempts: number;
  /** 'any' appends the side refused (never, for the store). */
  readonly refused: number;
}

const COLD_STREAMS = 1_000;

export const HOT_STREAM_CASES: readonly HotStreamCase[] = [
  {
    name: 'exact version, 1 hot stream, 8 writers',
    writers: 8,
    appendsPerWriter: 50,
    expectation: 'exact',
    streamOf: (streams) => streams.hot,
  },
  {
    name: "'any', 1 hot stream, 8 writers",
    writers: 8,
    appendsPerWriter: 50,
    expectation: 'any',
    streamOf: (streams) => streams.hot,
  },
  {
    // Every fourth append goes to the hot stream, the others to one of 1,000 cold streams.
    name: 'exact version, 1 hot among 1,000 cold',
    writers: 8,
    appendsPerWriter: 50,
    expectation: 'exact',
    streamOf: (streams, writer, i) =>
      (writer + i) % 4 === 0 ? streams.hot : streams.cold[(writer * 131 + i * 17) % streams.cold.length]!,
  },
];

export function roundStreams(): RoundStreams {
  const round = randomUUID();
  return { hot: `hot-${round}`, cold: Array.from({ length: COLD_STREAMS }, (_, i) => `cold-${round}-${i}`) };
}

/** Runs `hotCase` on `side` until every writer has its appends; counts attempts and refusals. */
export async function runHotStream(side: VersionedWriter, hotCase: HotStreamCase): Promise<HotStreamRun> {
  const streams = roundStreams();
  let attempts = 0;
  let refused = 0;
  const writer = async (w: number): Promise<void> => {
    for (let i = 0; i < hotCase.appendsPerWriter; i++) {
      const streamId = hotCase.streamOf(streams, w, i);
      const [event] = sampleEvents(1);
      if (hotCase.expectation === 'any' && side.appendAny) {
        for (attempts++; !(await side.appendAny(streamId, event!)); attempts++) refused++;
        continue;
      }
      let expected = await side.version(streamId);
      for (attempts++; !(await side.appendAfter(streamId, expected, event!)); attempts++) {
        expected = await side.version(streamId);
      }
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: hotCase.writers }, (_, w) => writer(w)));
  return {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    successes: hotCase.writers * hotCase.appendsPerWriter,
    attempts,
    refused,
  };
}

export function storeWriter(store: EventStore): VersionedWriter {
  const refusedForVersion = (error: unknown): false => {
    if (error instanceof WrongExpectedVersionError) return false;
    throw error;
  };
  return {
    version: async (streamId) => (await store.streamVersion(streamId)) ?? 0n,
    appendAfter: (streamId, expected, event) =>
      store.append(streamId, [event], { expectedVersion: expected }).then(() => true, refusedForVersion),
    appendAny: (streamId, event) =>
      store.append(streamId, [event], { expectedVersion: 'any' }).then(() => true, refusedForVersion),
  };
}

/**
 * The same loop on a plain table with a unique (stream id, stream version) key: the version is
 * a max() over the key, an append an INSERT of the next one, a conflict the unique violation.
 * `keepConnection`: a conflict keeps its connection, as the store's do; without it the INSERT
 * runs as `pool.query`, whose failure costs the pool its connection (see refusable-query.ts).
 */
export function plainTableWriter(pool: pg.Pool, table: string, keepConnection: boolean): VersionedWriter {
  const insert = (config: pg.QueryConfig) => (keepConnection ? refusableQuery(pool, config) : pool.query(config));
  return {
    async version(streamId) {
      const { rows } = await pool.query<{ version: string }>({
        name: `${table}_version`,
        text: `SELECT coalesce(max(stream_version), 0) AS version FROM ${table} WHERE stream_id = $1`,
        values: [streamId],
      });
      return BigInt(rows[0]!.version);
    },
    async appendAfter(streamId, expected, event) {
      try {
        await insert({
          name: `${table}_append_after`,
          text: `INSERT INTO ${table} (stream_id, stream_version, event_id, type, schema_version, data, metadata)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          values: [streamId, expected + 1n, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)],
        });
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === '23505') return false;
        throw error;
      }
    },
  };
}
