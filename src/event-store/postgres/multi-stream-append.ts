import type pg from 'pg';
import type { StreamAppend } from '../event-store.port.js';
import { encodeExpected, eventsJson } from './append-statement.js';

/**
 * A multi-stream append as one set-based statement (migrations/007-set-based-multi-stream-appends.ts):
 * every stream's version read at once and every event inserted by one INSERT. What it leaves
 * to the complete append (an unmet expectation it passes on in the same call; a version or
 * event id taken meanwhile, which fails it) comes back as the complete append's rows or as
 * the errors the adapter retries on.
 */
export function streamsAppendStatement(appends: readonly StreamAppend[]): pg.QueryConfig {
  return {
    name: 'event_store_append_streams',
    text: 'SELECT stream_index, next_version, positions, written FROM event_store_append_streams($1, $2, $3)',
    values: [
      appends.map((append) => append.streamId),
      appends.map((append) => encodeExpected(append.expectedVersion ?? 'any')),
      `[${appends.map((append) => eventsJson(append.events)).join(',')}]`,
    ],
  };
}
