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
import { streamsAppendStatement } from './multi-stream-append.js';
import { refusableQuery } from './refusable-query.js';
import { readStreamVersion } from './streams.js';

// Appends that take the next version ('any', 'stream_exists', complete appends) take turns on
// a stream's lock, so a retry is needed only after a writer that takes none (an exact or
// 'no_stream' append that named the version first, an older service) or under a default
// isolation stricter than READ COMMITTED; each failed attempt means another append committed.
// A taken version is never a refusal for an 'any' append, so those retries are not counted.
const COMPLETE_APPEND_ATTEMPTS = 10;

/**
 * Appends in one round trip when it can: a single-stream append runs the plain statement,
 * which also reports an unmet exact version with the actual one, and a multi-stream append
 * the set-based one; only what they leave to the complete append (a possible re-send, a taken
 * event id, a version taken from under an 'any') costs a second statement.
 */
export function createAppender(
  pool: pg.Pool,
  onWritten: () => void,
): (appends: readonly StreamAppend[]) => Promise<AppendResult[]> {
  async function write(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const [single] = appends;
    if (appends.length > 1) return writeStreams(appends);
    if (!single || single.events.length === 0) return writeComplete(appends, false);
    let result;
    try {
      result = plainAppendResult((await refusableQuery<PlainAppendRow>(pool, plainAppendStatement(single))).rows);
    } catch (error) {
      if (!isRetryableAppendError(error)) throw toAppendError(error, appends);
      return writeComplete(appends, isTakenEventId(error));
    }
    if ('declinedAt' in result) {
      const actual = result.declinedAt === 0n ? null : result.declinedAt;
      throw new WrongExpectedVersionError(single.streamId, single.expectedVersion ?? 'any', actual);
    }
    return [result];
  }

  async function writeStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    try {
      return appendResults((await refusableQuery<AppendRow>(pool, streamsAppendStatement(appends))).rows, appends.length);
    } catch (error) {
      if (!isRetryableAppendError(error)) throw toAppendError(error, appends);
      return writeComplete(appends, isTakenEventId(error));
    }
  }

  async function writeComplete(appends: readonly StreamAppend[], resendCheck: boolean): Promise<AppendResult[]> {
    for (let attempt = 1; ; ) {
      try {
        const { rows } = await refusableQuery<AppendRow>(pool, appendStatement(appends, resendCheck));
        return appendResults(rows, appends.length);
      } catch (error) {
        if (!isAnyVersionTaken(error, appends)) attempt++;
        if (attempt <= COMPLETE_APPEND_ATTEMPTS && isRetryableAppendError(error)) {
          resendCheck ||= isTakenEventId(error);
          continue;
        }
        throw await settledError(error, appends);
      }
    }
  }

  function isAnyVersionTaken(error: unknown, appends: readonly StreamAppend[]): boolean {
    const streamId = takenStreamVersionOf(error);
    return appends.some((append) => append.streamId === streamId && (append.expectedVersion ?? 'any') === 'any');
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
