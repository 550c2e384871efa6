import type pg from 'pg';
import { WrongExpectedVersionError, type AppendResult, type StreamAppend } from '../event-store.port.js';
import {
  isRetryableAppendError,
  isTakenEventId,
  takenStreamVersionOf,
  toAppendError,
} from './append-errors.js';
import {
  appendResults,
  appendStatement,
  plainAppendResult,
  plainAppendStatement,
  type AppendRow,
  type PlainAppendRow,
} from './append-statement.js';
import { validateAppends } from './append-validation.js';
import { refusableQuery } from './refusable-query.js';
import { readStreamVersion } from './streams.js';

// Appends take turns on a stream's lock, so a retry is needed only after a writer that did not
// take it (a 'no_stream' append creating the stream, an older service) or under a default
// isolation stricter than READ COMMITTED; each failed attempt means another append committed.
const COMPLETE_APPEND_ATTEMPTS = 10;

/**
 * Appends in one round trip when it can: a single-stream append runs the plain statement,
 * which also reports an unmet expected version with the actual one; only what it declines (a
 * possible re-send, a taken event id) costs a second statement, the complete append, which
 * also serves multi-stream appends.
 */
export function createAppender(
  pool: pg.Pool,
  onWritten: () => void,
): (appends: readonly StreamAppend[]) => Promise<AppendResult[]> {
  async function write(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const [single] = appends;
    if (appends.length !== 1 || !single || single.events.length === 0) return writeComplete(appends, false);
    try {
      const { rows } = await refusableQuery<PlainAppendRow>(pool, plainAppendStatement(single));
      return [plainAppendResult(rows)];
    } catch (error) {
      if (!isRetryableAppendError(error)) throw toAppendError(error, appends);
      return writeComplete(appends, isTakenEventId(error));
    }
  }

  async function writeComplete(appends: readonly StreamAppend[], resendCheck: boolean): Promise<AppendResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await refusableQuery<AppendRow>(pool, appendStatement(appends, resendCheck));
        return appendResults(rows, appends.length);
      } catch (error) {
        if (attempt < COMPLETE_APPEND_ATTEMPTS && isRetryableAppendError(error)) {
          resendCheck ||= isTakenEventId(error);
          continue;
        }
        throw await settledError(error, appends);
      }
    }
  }

  // Out of attempts while others kept taking the stream's next version: report the version
  // they left, as any conflict does.
  async function settledError(error: unknown, appends: readonly StreamAppend[]): Promise<unknown> {
    const streamId = takenStreamVersionOf(error);
    const append = appends.find((candidate) => candidate.streamId === streamId);
    if (!append) return toAppendError(error, appends);
    return new WrongExpectedVersionError(
      append.streamId,
      append.expectedVersion ?? 'any',
      await readStreamVersion(pool, append.streamId),
    );
  }

  return async (appends) => {
    validateAppends(appends);
    const results = await write(appends);
    if (results.some((result) => result.written)) onWritten();
    return results;
  };
}
