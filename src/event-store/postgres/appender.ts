import type pg from 'pg';
import { WrongExpectedVersionError, type AppendResult, type StreamAppend } from '../event-store.port.js';
import {
  isRetryableAppendError,
  isTakenEventId,
  takenStreamVersionOf,
  toAppendError,
} from './append-errors.js';
import { appendResults, appendStatement, plainAppendResult, plainAppendStatement } from './append-statement.js';
import { validateAppends } from './append-validation.js';
import { readStreamVersion } from './streams.js';

// Each failed attempt means another append to the stream committed, so attempts run out only
// on a stream written faster than this one can read it.
const COMPLETE_APPEND_ATTEMPTS = 10;

/**
 * Appends in one round trip when it can: a single-stream append runs the plain statement,
 * and only what that declines (an unmet expected version, a conflict, a re-send) costs a
 * second statement, the complete append, which also serves multi-stream appends.
 */
export function createAppender(
  pool: pg.Pool,
  onWritten: () => void,
): (appends: readonly StreamAppend[]) => Promise<AppendResult[]> {
  async function write(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const [single] = appends;
    if (appends.length !== 1 || !single || single.events.length === 0) return writeComplete(appends, false);
    try {
      const { rows } = await pool.query(plainAppendStatement(single));
      return [plainAppendResult(rows)];
    } catch (error) {
      if (!isRetryableAppendError(error)) throw error;
      return writeComplete(appends, isTakenEventId(error));
    }
  }

  async function writeComplete(appends: readonly StreamAppend[], resendCheck: boolean): Promise<AppendResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await pool.query(appendStatement(appends, resendCheck));
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
