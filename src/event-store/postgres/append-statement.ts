import type pg from 'pg';
import type { AppendResult, ExpectedVersion, StreamAppend } from '../event-store.port.js';

/**
 * Encodes a (multi-stream) append as ONE call of the `event_store_append` function (see
 * migrations/003-append-function.ts): parallel arrays of all events, plus per-stream counts.
 * `resendCheck` asks the function to compare the events with stored ones first (after the
 * plain attempt hit a taken event id). Exported so tests can run the store's own write path
 * inside a transaction they hold open.
 */
export function appendStatement(appends: readonly StreamAppend[], resendCheck = false): pg.QueryConfig {
  const streamIds: string[] = [];
  const expected: string[] = [];
  const counts: number[] = [];
  const eventIds: string[] = [];
  const types: string[] = [];
  const schemaVersions: number[] = [];
  const data: string[] = [];
  const metadata: string[] = [];
  for (const append of appends) {
    streamIds.push(append.streamId);
    expected.push(encodeExpected(append.expectedVersion ?? 'any'));
    counts.push(append.events.length);
    for (const event of append.events) {
      eventIds.push(event.eventId);
      types.push(event.type);
      schemaVersions.push(event.schemaVersion);
      data.push(JSON.stringify(event.data));
      metadata.push(JSON.stringify(event.metadata ?? {}));
    }
  }
  return {
    name: 'event_store_append',
    text: `SELECT stream_index, next_version, positions, written
             FROM event_store_append($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    values: [streamIds, expected, counts, eventIds, types, schemaVersions, data, metadata, resendCheck],
  };
}

interface AppendRow {
  readonly stream_index: number;
  readonly next_version: string;
  readonly positions: readonly string[];
  readonly written: boolean;
}

/** Results in the order of the appends (the function visits streams in id order). */
export function appendResults(rows: readonly AppendRow[], streamCount: number): AppendResult[] {
  const results = new Array<AppendResult>(streamCount);
  for (const row of rows) {
    results[row.stream_index - 1] = {
      nextExpectedVersion: BigInt(row.next_version),
      positions: row.positions.map(BigInt),
      written: row.written,
    };
  }
  return results;
}

function encodeExpected(expected: ExpectedVersion): string {
  if (typeof expected !== 'bigint') return expected;
  if (expected < 0n) throw new RangeError(`Expected version must not be negative, got ${expected}`);
  return expected.toString();
}
